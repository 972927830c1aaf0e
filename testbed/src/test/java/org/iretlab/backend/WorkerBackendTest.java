package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.iretlab.ir.IrSource;
import org.iretlab.lint.PrototypeCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worker JVM: what byval-frame-check refuses really kills LLVM (so the whitelist is derived
 * from LLVM, not guessed), a dead worker is a CRASH with LLVM's message, and this process goes on
 * with a fresh worker.
 */
class WorkerBackendTest {
    private static WorkerBackend worker;

    @BeforeAll
    static void start() {
        worker = WorkerBackend.sameLlvm(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        worker.close();
    }

    /** With the lint bypassed, each prototype case meets in LLVM exactly what its header says. */
    @TestFactory
    Stream<DynamicTest> prototypesBypassingTheLintReachWhatLlvmDoes() {
        return PrototypeCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CompileOutcome outcome = worker.compile(new CompileRequest(IrSource.read(c.file()),
                    CompileOptions.forTriple(null).withSkipPrototypeCheck(true)));
            if (c.llvm20().equals("compiles")) {
                assertEquals(CompileOutcome.Status.COMPILED, outcome.status(), outcome::message);
            } else if (c.llvm20().startsWith("verifier: ")) {
                assertEquals(CompileOutcome.Status.REJECTED, outcome.status());
                assertTrue(outcome.message().contains(c.llvm20().substring("verifier: ".length())), outcome.message());
                assertTrue(outcome.message().contains("[byval-frame-check/" + c.rule().orElseThrow() + "]"),
                        "the verifier's refusal comes with the lint's explanation: " + outcome.message());
            } else {
                assertEquals(CompileOutcome.Status.CRASH, outcome.status());
                assertTrue(outcome.message().startsWith(c.llvm20()), outcome.message());
            }
        }));
    }

    @Test
    void aCrashedWorkerIsReplacedAndTheNextCompileWorks() {
        IrSource fatal = IrSource.ofText("fatal.ll", """
                target triple = "i686-unknown-linux-gnu"
                define x86_intrcc void @h(ptr byval(i8) %frame, i64 %error_code) {
                  ret void
                }
                """);
        CompileOptions bypass = CompileOptions.forTriple(null).withSkipPrototypeCheck(true);
        int before = worker.processesStarted();
        CompileOutcome crash = worker.compile(new CompileRequest(fatal, bypass));
        assertEquals(CompileOutcome.Status.CRASH, crash.status());
        assertTrue(crash.message().contains("LLVM ERROR: unsupported x86 interrupt prototype"), crash.message());

        CompileOutcome next = worker.compile(new CompileRequest(IrSource.ofText("ok.ll", """
                target triple = "i686-unknown-linux-gnu"
                define x86_intrcc void @h(ptr byval(i8) %frame, i32 %error_code) {
                  ret void
                }
                """), CompileOptions.forTriple(null)));
        assertEquals(CompileOutcome.Status.COMPILED, next.status(), next::message);
        assertTrue(next.result().asm().contains("iretl"), next.result().asm());
        assertTrue(crash.message().endsWith("a new worker died on this input too (2 times)"), crash.message());
        // The fatal input killed a worker and its replacement; a third took the next compile.
        assertEquals(before + 2, worker.processesStarted(), "each dead worker was replaced once");
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void withTheLintTheWorkerRejectsInsteadOfCrashing() {
        CompileOutcome outcome = worker.compile(new CompileRequest(IrSource.ofText("three.ll", """
                target triple = "x86_64-unknown-none"

                define x86_intrcc void @three(ptr byval(i8) %f, i64 %e, i64 %x) {
                  ret void
                }
                """), CompileOptions.forTriple(null)));
        assertEquals(CompileOutcome.Status.REJECTED, outcome.status());
        assertTrue(outcome.message().startsWith("three.ll:3: error: @three: "), outcome.message());
        assertTrue(outcome.message().contains("unsupported x86 interrupt prototype"), outcome.message());
    }

    @Test
    void theInProcessBackendNeverBypassesTheLint() {
        CompileOutcome outcome = new InProcessBackend().compile(new CompileRequest(IrSource.ofText("x.ll", "; empty"),
                CompileOptions.forTriple("x86_64-unknown-none").withSkipPrototypeCheck(true)));
        assertEquals(CompileOutcome.Status.REJECTED, outcome.status());
        assertTrue(outcome.message().contains("only allowed in a worker process"), outcome.message());
    }

    @Test
    void theWorkerReportsItsLlvm() {
        assertEquals("embedded-20", worker.name());
        assertTrue(worker.llvmVersion().startsWith("20.1."), worker.llvmVersion());
    }
}
