package org.iretlab.backend;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.iretlab.target.Target;

/**
 * The embedded LLVM in this process for files iretlab did not write (corpus cases of a --corpus
 * folder, a patch's cases), each file first read once by the same LLVM in a worker JVM: the lint
 * refuses what would abort LLVM's codegen, but nothing refuses what kills its parser (a type nested
 * 20,000 deep overflows the stack). A file the worker dies on twice is a CRASH here, without this
 * process's LLVM ever seeing it; a file it read is compiled in this process, fast, as before.
 *
 * <p>One worker serves every thread (its compile is synchronized); it starts with the first file.
 */
public final class ReadFirstBackend implements Backend {
    private final InProcessBackend inProcess;
    private final Duration timeout;
    private final Map<String, CompileOutcome> reads = new ConcurrentHashMap<>();
    private WorkerBackend reader;

    public ReadFirstBackend(Duration timeout) {
        this.inProcess = new InProcessBackend();
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return inProcess.name();
    }

    @Override
    public String llvmVersion() {
        return inProcess.llvmVersion();
    }

    @Override
    public CompileOutcome compile(CompileRequest request) {
        CompileOutcome read = reads.computeIfAbsent(digest(request.source().bytes()), k -> readInWorker(request));
        if (read.status() == CompileOutcome.Status.CRASH || read.status() == CompileOutcome.Status.TIMEOUT) {
            return new CompileOutcome(read.status(), null, "reading the file in a worker JVM before this process's LLVM: "
                    + read.message());
        }
        return inProcess.compile(request);
    }

    /** The file read, checked and printed by the worker's LLVM (no code generated); only how it ended matters. */
    private CompileOutcome readInWorker(CompileRequest request) {
        CompileOptions readOnly = new CompileOptions(Target.of(request.options().triple()), null,
                Set.of(CompileOptions.Emit.IR), false, List.of());
        CompileOutcome outcome = reader().compile(new CompileRequest(request.source(), readOnly));
        // Keep only the status and message: the printed module is not needed again.
        return new CompileOutcome(outcome.status(), null, outcome.message());
    }

    private synchronized WorkerBackend reader() {
        if (reader == null) {
            reader = WorkerBackend.sameLlvm(timeout);
        }
        return reader;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
        inProcess.close();
    }
}
