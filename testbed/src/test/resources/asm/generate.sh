#!/bin/sh
# Regenerates the sample assemblies next to this script from the .ll files here.
# The *-llvm14.s files come from Debian's llc 14; the *-llvm20.s files from the embedded
# LLVM 20 through LLVM-C (LLVMTargetMachineEmitToMemoryBuffer), the path the testbed itself uses,
# which is why they carry no verbose-asm comments.
set -eu
cd "$(dirname "$0")"

llc --version | grep -q 'LLVM version 14\.' || { echo "llc must be LLVM 14" >&2; exit 1; }
llc14() { llc -mtriple="$1" -opaque-pointers "$2" -o "$3"; }

m2="${M2_REPO:-$HOME/.m2/repository}/org/bytedeco"
llvm="${LLVM_PRESET_VERSION:-20.1.7-1.5.12}"
javacpp="${JAVACPP_VERSION:-1.5.12}"
cp="$m2/javacpp/$javacpp/javacpp-$javacpp.jar:$m2/javacpp/$javacpp/javacpp-$javacpp-linux-x86_64.jar"
cp="$cp:$m2/llvm/$llvm/llvm-$llvm.jar:$m2/llvm/$llvm/llvm-$llvm-linux-x86_64.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/EmitAsm.java" <<'JAVA'
import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.*;

public class EmitAsm {
    public static void main(String[] args) throws Exception {
        String triple = args[0];
        LLVMInitializeX86TargetInfo();
        LLVMInitializeX86Target();
        LLVMInitializeX86TargetMC();
        LLVMInitializeX86AsmPrinter();
        LLVMInitializeX86AsmParser();
        BytePointer error = new BytePointer((Pointer) null);
        LLVMMemoryBufferRef in = new LLVMMemoryBufferRef();
        LLVMModuleRef module = new LLVMModuleRef();
        LLVMTargetRef target = new LLVMTargetRef();
        LLVMMemoryBufferRef out = new LLVMMemoryBufferRef();
        if (LLVMCreateMemoryBufferWithContentsOfFile(new BytePointer(args[1]), in, error) != 0
                || LLVMParseIRInContext(LLVMContextCreate(), in, module, error) != 0
                || LLVMGetTargetFromTriple(new BytePointer(triple), target, error) != 0) {
            throw new IllegalStateException(error.getString());
        }
        LLVMSetTarget(module, triple);
        LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, "generic", "",
                LLVMCodeGenLevelDefault, LLVMRelocDefault, LLVMCodeModelDefault);
        if (LLVMTargetMachineEmitToMemoryBuffer(tm, module, LLVMAssemblyFile, error, out) != 0) {
            throw new IllegalStateException(error.getString());
        }
        byte[] asm = new byte[(int) LLVMGetBufferSize(out)];
        LLVMGetBufferStart(out).get(asm);
        Files.write(Path.of(args[2]), asm);
    }
}
JAVA
llc20() { java -cp "$cp" "$tmp/EmitAsm.java" "$1" "$2" "$3"; }

llc14 i686-unknown-linux-gnu handler.ll handler-i686-llvm14.s
llc14 x86_64-unknown-none handler.ll handler-x86_64-llvm14.s
llc20 i686-unknown-linux-gnu handler.ll handler-i686-llvm20.s

llc14 x86_64-unknown-none loop.ll loop-x86_64-llvm14.s
llc14 x86_64-unknown-none loop-debug.ll loop-x86_64-llvm14-debug.s
llc20 x86_64-unknown-none loop.ll loop-x86_64-llvm20.s
# A private empty function in front shifts every label number (.LBB0_2 becomes .LBB1_2).
{ printf 'define private void @dead() {\n  unreachable\n}\n'; cat loop.ll; } > "$tmp/loop-second.ll"
llc14 x86_64-unknown-none "$tmp/loop-second.ll" loop-x86_64-llvm14-second.s
# One immediate differs: cmpq $14 becomes cmpq $13.
sed 's/icmp eq i64 %code, 14/icmp eq i64 %code, 13/' loop.ll > "$tmp/loop-cmp13.ll"
llc14 x86_64-unknown-none "$tmp/loop-cmp13.ll" loop-x86_64-llvm14-cmp13.s

llc14 i686-unknown-linux-gnu switch.ll switch-i686-llvm14.s
