package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A worker JVM slow to start (as on an overloaded machine) is waited for under its own limit, not
 * the compile's; one that does not start in time costs its cells, recorded N/A with the reason,
 * never an exception that ends the run.
 */
class WorkerStartTest {
    private static final IrSource HANDLER = IrSource.ofText("h.ll", """
            target triple = "x86_64-unknown-linux-gnu"
            define x86_intrcc void @h(ptr byval(i64) %frame) {
              ret void
            }
            """);
    private static final CompileOptions OPTIONS = CompileOptions.forTriple(null);

    private static WorkerBackend slow(long delayMillis, Duration compileLimit, Duration startLimit) {
        return new WorkerBackend(System.getProperty("java.class.path"), BytedecoRelease.EMBEDDED, WorkerBackend.DEFAULT_HEAP,
                compileLimit, "embedded", startLimit, List.of("-D" + WorkerMain.START_DELAY + "=" + delayMillis));
    }

    /** The control of the next test: a start longer than the compile limit is fine within the start limit. */
    @Test
    void theCompileLimitDoesNotCountTheStart() {
        try (WorkerBackend worker = slow(8_000, Duration.ofSeconds(5), Duration.ofSeconds(120))) {
            CompileOutcome outcome = worker.compile(new CompileRequest(HANDLER, OPTIONS));
            assertEquals(CompileOutcome.Status.COMPILED, outcome.status(), outcome::message);
        }
    }

    @Test
    void aWorkerThatDoesNotStartInTimeIsACellNotAnException() {
        try (WorkerBackend worker = slow(60_000, Duration.ofSeconds(120), Duration.ofSeconds(2));
                CellPipeline pipeline = CellPipeline.of(worker)) {
            // The pipeline asked for the version (one failed start): the expected one stands in.
            assertEquals(BytedecoRelease.EMBEDDED.llvm().replaceFirst("-.*", ""), pipeline.llvmVersion());
            assertEquals("embedded-" + BytedecoRelease.EMBEDDED.major(), pipeline.backendName());
            Cell cell = pipeline.run(HANDLER, OPTIONS);
            assertEquals(Outcome.NOT_AVAILABLE, cell.outcome(), cell.message());
            assertTrue(cell.message().contains("did not start within 2 s"), cell.message());
            // After two failed starts in a row the backend stops trying: the next cell costs nothing.
            CompileOutcome again = worker.compile(new CompileRequest(HANDLER, OPTIONS));
            assertEquals(CompileOutcome.Status.NOT_AVAILABLE, again.status());
            assertTrue(again.message().contains("not tried again"), again.message());
            assertEquals(WorkerBackend.STARTS, worker.processesStarted());
        }
    }
}
