package org.iretlab.backend;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The worker process: compiles requests from stdin on this JVM's LLVM and answers on stdout. It
 * exists so that an LLVM fatal error ends this process, not the one holding the results.
 */
public final class WorkerMain {
    /** System property: milliseconds to wait before starting (tests of a slow start). */
    static final String START_DELAY = "iretlab.worker.startDelayMillis";

    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        // Protocol replies go to the real stdout; anything Java code prints goes to stderr instead.
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // A fatal error here costs only this process, so the worker may compile what the lint refuses.
        // The kind ("embedded" or "worker") names the backend in every cell it serves.
        String kind = args.length > 0 ? args[0] : "embedded";
        // A test hook: a worker as slow to start as one on an overloaded machine.
        Thread.sleep(Long.getLong(START_DELAY, 0));
        InProcessBackend backend = new InProcessBackend(true, kind);
        send(replies, new WorkerProtocol.Reply(backend.name(), backend.llvmVersion(), null, null));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Request request = WorkerProtocol.decode(line, WorkerProtocol.Request.class);
            CompileOutcome outcome;
            try {
                outcome = request.spec() != null
                        ? backend.compile(request.spec().toSpec(), request.options())
                        : backend.compile(request.compile());
            } catch (RuntimeException | LinkageError e) {
                // iretlab's own failure is not LLVM's crash: say so, and stay up for the next request.
                e.printStackTrace();
                send(replies, new WorkerProtocol.Reply(backend.name(), backend.llvmVersion(), null, e.toString()));
                continue;
            }
            send(replies, new WorkerProtocol.Reply(backend.name(), backend.llvmVersion(), outcome, null));
        }
    }

    private static void send(PrintStream out, WorkerProtocol.Reply reply) {
        out.println(WorkerProtocol.PREFIX + WorkerProtocol.encode(reply));
        out.flush();
    }
}
