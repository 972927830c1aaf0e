package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.iretlab.ir.IrSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Debian's llc 14 as a backend (scripts/setup.sh installs it; CI fails without it). */
class LlcBackendTest {
    private static LlcBackend llc;

    @BeforeAll
    static void find() {
        llc = new LlcBackend(org.iretlab.Required.executable(LlcBackend.debianLlc(14), "scripts/setup.sh"), Duration.ofSeconds(60));
    }

    private static CompileOutcome compile(String ir, boolean skipLint) {
        return llc.compile(new CompileRequest(IrSource.ofText("t.ll", ir),
                CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.ASM, CompileOptions.Emit.OBJ).withSkipPrototypeCheck(skipLint)));
    }

    @Test
    void itNamesItselfAndCompilesOpaquePointerIr() {
        assertEquals("llc-14", llc.name());
        assertTrue(llc.llvmVersion().startsWith("14."));
        CompileOutcome o = compile("""
                target triple = "i686-unknown-linux-gnu"
                declare void @bar()
                define x86_intrcc void @h(ptr byval(i32) %f) {
                  call void @bar()
                  ret void
                }
                """, false);
        assertTrue(o.compiled(), o::message);
        assertTrue(o.result().asm().contains("iretl") && !o.result().asm().contains("andl\t$-16"),
                "LLVM 14 does not realign 32-bit handlers:\n" + o.result().asm());
        assertEquals(1, o.result().handlers().size());
        assertTrue(o.result().object().length > 0);
    }

    private static final String FATAL = """
            target triple = "x86_64-unknown-none"
            define x86_intrcc i64 @h(ptr byval(i8) %f) {
              ret i64 1
            }
            """;

    @Test
    void theLintRefusesBeforeLlcRuns() {
        CompileOutcome o = compile(FATAL, false);
        assertEquals(CompileOutcome.Status.REJECTED, o.status());
        assertTrue(o.message().contains("returns-value"), o.message());
    }

    @Test
    void anLlcThatAbortsIsACrashWithItsMessage() {
        CompileOutcome o = compile(FATAL, true);
        assertEquals(CompileOutcome.Status.CRASH, o.status());
        assertTrue(o.message().startsWith("LLVM ERROR: X86 interrupts may not return any value"), o.message());
    }
}
