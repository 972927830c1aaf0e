package org.iretlab.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.iretlab.common.InputException;
import org.iretlab.llvm.LlvmSession;
import org.iretlab.target.Target;

/**
 * Assembles AT&T assembly text into an ELF object with the embedded LLVM: the text becomes the
 * module-level inline asm of an empty module. Bad assembly does not fail the emit call; it arrives
 * as error diagnostics, which become an {@link InputException} naming the line.
 */
public final class Assembler {
    private Assembler() {}

    public static byte[] assemble(String name, String assembly, String triple) {
        LlvmSession session = LlvmSession.current();
        LLVMTargetMachineRef tm = session.targetMachine(new Target(triple, "", "", 0, "default", "static"));
        LLVMModuleRef module = LLVMModuleCreateWithNameInContext(name, session.context());
        try {
            LLVMSetTarget(module, triple);
            LLVMSetModuleInlineAsm2(module, assembly, assembly.length());
            return EmbeddedCompiler.emitObject(module, tm, name);
        } finally {
            LLVMDisposeModule(module);
        }
    }
}
