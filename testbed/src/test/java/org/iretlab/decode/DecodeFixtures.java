package org.iretlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Triples;

/** Objects compiled by the embedded LLVM, and the external tools some tests compare against. */
final class DecodeFixtures {
    static final String I386 = "i386-unknown-none";
    static final String I686_LINUX = "i686-unknown-linux-gnu";
    static final String X86_64 = "x86_64-unknown-none";

    private DecodeFixtures() {}

    /**
     * Handlers and helpers covering each way a call or jump finds its symbol: a relocation against a
     * global (ext, helper), a direct call with no relocation (near, same section), and a relocation
     * against a section symbol (other, in its own section).
     */
    static String handlers(String triple, boolean defineExt) {
        String errorCode = Triples.is64Bit(triple) ? "i64" : "i32";
        return (defineExt ? "define void @ext() noinline { ret void }\n" : "declare void @ext()\n")
                + "@g = global i32 0\n"
                + "define x86_intrcc void @h_call(ptr byval(i8) %f) {\n  call void @ext()\n  ret void\n}\n"
                + "define x86_intrcc void @h_err(ptr byval(i8) %f, " + errorCode + " %e) {\n"
                + "  call void @helper()\n  ret void\n}\n"
                + "define void @helper() noinline {\n  call void @ext()\n  ret void\n}\n"
                + "define x86_intrcc void @h_loop(ptr byval(i8) %f) {\n"
                + "entry:\n  br label %loop\n"
                + "loop:\n  %i = phi i32 [ 0, %entry ], [ %n, %loop ]\n  store volatile i32 %i, ptr @g\n"
                + "  %n = add i32 %i, 1\n  %c = icmp ult i32 %n, 10\n  br i1 %c, label %loop, label %done\n"
                + "done:\n  ret void\n}\n"
                + "define internal void @near() noinline {\n  call void @ext()\n  ret void\n}\n"
                + "define internal void @other() noinline section \".text.other\" {\n  call void @ext()\n  ret void\n}\n"
                + "define x86_intrcc void @h_local(ptr byval(i8) %f) {\n"
                + "  call void @near()\n  call void @other()\n  ret void\n}\n";
    }

    /** Hand-written functions: undecodable bytes, a lock prefix, and a truncated instruction at the end. */
    static String oddAssembly(String triple) {
        String memory = Triples.is64Bit(triple) ? "(%rax)" : "(%eax)";
        return "module asm \".globl weird\"\nmodule asm \".type weird,@function\"\n"
                + "module asm \"weird: .byte 0xff, 0xff\"\nmodule asm \"  iret\"\n"
                + "module asm \"  .byte 0x8b\"\nmodule asm \".size weird, .-weird\"\n"
                + "module asm \".globl locked\"\nmodule asm \".type locked,@function\"\n"
                + "module asm \"locked: lock incl " + memory + "\"\nmodule asm \"  xrelease lock incl " + memory + "\"\n"
                + "module asm \"  iret\"\nmodule asm \".size locked, .-locked\"\n";
    }

    static byte[] compile(String triple, String ir) {
        return new EmbeddedCompiler("embedded-test")
                .compile(IrSource.ofText("decode-test.ll", ir), CompileOptions.forTriple(triple).withEmit(CompileOptions.Emit.OBJ))
                .object();
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
