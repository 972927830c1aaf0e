package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import org.iretlab.ir.IrSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 5: a file too large for a worker's heap (thousands of handlers) is neither a hang
 * nor an LLVM crash. The worker ends on its OutOfMemoryError at once, and the next one is given
 * room. An 8 MB worker stands in for the 128 MB one and a few thousand handlers for ten thousand.
 */
class WorkerMemoryTest {
    private static String manyHandlers(int n) {
        StringBuilder b = new StringBuilder("target triple = \"x86_64-unknown-none\"\n%F = type { i64, i64, i64, i64, i64 }\n"
                + "@sink = dso_local global i64 0\n");
        for (int i = 0; i < n; i++) {
            b.append("define x86_intrcc void @h").append(i).append("(ptr byval(%F) %f) {\n  store volatile i64 ").append(i)
                    .append(", ptr @sink\n  ret void\n}\n");
        }
        return b.toString();
    }

    @Test
    void aWorkerOutOfMemoryIsGivenRoomNotCalledAHangOrACrash() {
        try (WorkerBackend worker = new WorkerBackend(System.getProperty("java.class.path"), BytedecoRelease.EMBEDDED, "8m", Duration.ofSeconds(120), "embedded")) {
            CompileOutcome o = worker.compile(new CompileRequest(IrSource.ofText("many.ll", manyHandlers(3000)),
                    CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.OBJ)));
            assertEquals(CompileOutcome.Status.COMPILED, o.status(), o::message);
            assertNotNull(o.result().object());
            assertEquals(3000, o.result().handlers().size());
            assertEquals(2, worker.processesStarted(), "the first worker ran out of memory and ended; the second had room");
        }
    }
}
