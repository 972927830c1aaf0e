package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LLVM's diagnostics reach the user: errors fail the compile with LLVM's message, warnings travel with the result. */
class LlvmDiagnosticsTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");
    /** A frame over its "warn-stack-size": LLVM warns and still compiles. */
    private static final IrSource BIG_FRAME = IrSource.ofText("big.ll", """
            target triple = "x86_64-unknown-none"
            define x86_intrcc void @h(ptr byval(i8) %f) #0 {
              %a = alloca [8192 x i8]
              store volatile i8 1, ptr %a
              ret void
            }
            attributes #0 = { "warn-stack-size"="64" }
            """);

    @Test
    void aWarningTravelsWithTheResult() {
        CompileResult r = COMPILER.compile(BIG_FRAME, CompileOptions.forTriple(null));
        assertEquals(1, r.warnings().size(), r.warnings()::toString);
        assertTrue(r.warnings().get(0).matches("stack frame size \\(\\d+\\) exceeds limit \\(64\\) in function 'h'"),
                r.warnings().get(0));
        assertTrue(r.asm().contains("iretq"));
    }

    @ParameterizedTest
    @EnumSource(value = CompileOptions.Emit.class, names = {"ASM", "OBJ"})
    void anErrorDiagnosticFailsTheCompileWithLlvmsMessage(CompileOptions.Emit emit) {
        IrSource badAsm = IrSource.ofText("badasm.ll", """
                target triple = "x86_64-unknown-none"
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  call void asm sideeffect "frobnicate %rax", ""()
                  ret void
                }
                """);
        InputException e = assertThrows(InputException.class,
                () -> COMPILER.compile(badAsm, CompileOptions.forTriple(null).withEmit(emit)));
        assertTrue(e.getMessage().startsWith("badasm.ll: LLVM refused to generate code: "), e.getMessage());
        assertTrue(e.getMessage().contains("invalid instruction mnemonic 'frobnicate'"), e.getMessage());
    }

    @Test
    void diagnosticsOfOneCompileDoNotLeakIntoTheNext() {
        COMPILER.compile(BIG_FRAME, CompileOptions.forTriple(null));
        CompileResult clean = COMPILER.compile(IrSource.ofText("clean.ll", """
                target triple = "x86_64-unknown-none"
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  ret void
                }
                """), CompileOptions.forTriple(null));
        assertEquals(0, clean.warnings().size(), clean.warnings()::toString);
    }
}
