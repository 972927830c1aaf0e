package org.iretlab.backend;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.iretlab.handler.HandlerSpec;

/**
 * An LLVM in a child JVM speaking {@link WorkerProtocol}. A worker that dies on a request is
 * replaced and given the request once more (a worker can die of something else: the OOM killer, a
 * stray signal); when the request kills the second one too, it is a CRASH with LLVM's last words from
 * the worker's stderr (and where the JVM's crash log is kept, when it wrote one). A worker that does
 * not answer in time is killed and the request is a TIMEOUT. Its logs live in the run's
 * {@link ScratchFolder}.
 *
 * <p>The worker is a long-lived conversation over its stdin and stdout, which a run-to-completion
 * runner ({@link org.iretlab.common.ExternalProcess}) does not offer, so this uses {@link ProcessBuilder} directly.
 */
public final class WorkerBackend implements Backend {
    /** A worker's heap limit: its modules are small, and the matrix runs one worker per job and version. */
    public static final String DEFAULT_HEAP = "128m";

    private final List<String> command;
    /**
     * How long a worker JVM may take to start and say hello, apart from the compile limit (which
     * counts from the request): a JVM with LLVM loaded starts in one to two seconds, far longer on
     * a loaded machine.
     */
    static final Duration START_LIMIT = Duration.ofSeconds(120);
    /**
     * Failed starts in a row after which this backend stops trying: each costs up to the start limit,
     * and every further cell is recorded N/A at once, with the reason.
     */
    static final int STARTS = 2;

    private final Duration timeout;
    private final Duration startLimit;
    /** The name and exact version cells record while no worker has said hello (it has not started, or cannot). */
    private final String expectedName;
    private final String expectedVersion;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iretlab-worker-reader");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private BufferedWriter toWorker;
    private BufferedReader fromWorker;
    private Path stderrLog;
    private String name;
    private String llvmVersion;
    private int started;
    private int failedStarts;
    private String startFailure;

    /**
     * @param classpath the worker JVM's classpath: it decides which LLVM the worker has
     * @param maxHeap the worker's -Xmx, e.g. {@code 512m}
     * @param release the Bytedeco LLVM on that classpath
     * @param kind {@code embedded} when the worker runs the embedded LLVM, else {@code worker}: the
     *     first part of the backend name its cells record
     */
    public WorkerBackend(String classpath, BytedecoRelease release, String maxHeap, Duration timeout, String kind) {
        this(classpath, release, maxHeap, timeout, kind, START_LIMIT, List.of());
    }

    /**
     * @param startLimit how long the JVM may take to say hello
     * @param jvmOptions more options for the worker JVM (tests slow its start down with them)
     */
    WorkerBackend(String classpath, BytedecoRelease release, String maxHeap, Duration timeout, String kind, Duration startLimit,
            List<String> jvmOptions) {
        this.timeout = timeout;
        this.startLimit = startLimit;
        this.expectedName = kind + "-" + release.major();
        this.expectedVersion = release.llvm().replaceFirst("-.*", "");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        // Out of memory is a death with its own words ("Terminating due to java.lang.OutOfMemoryError"),
        // never a worker that thrashes until the time limit calls it a hang in LLVM.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        // Crash files go to this run's scratch folder, never the user's working directory.
        cmd.addAll(ScratchFolder.childJvmOptions());
        // The worker unpacks LLVM into the same JavaCPP cache as its parent.
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("org.bytedeco."))
                .forEach(k -> cmd.add("-D" + k + "=" + System.getProperty(k)));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(WorkerMain.class.getName());
        cmd.add(kind);
        this.command = List.copyOf(cmd);
        this.heap = maxHeap;
    }

    /** A worker running the same embedded LLVM as this JVM. */
    public static WorkerBackend sameLlvm(Duration timeout) {
        return new WorkerBackend(System.getProperty("java.class.path"), BytedecoRelease.EMBEDDED, DEFAULT_HEAP, timeout, "embedded");
    }

    /** The worker's own name once it has said hello; until then (or when it cannot start) the expected one. */
    @Override
    public synchronized String name() {
        if (startFailure == null) {
            start();
        }
        return name != null ? name : expectedName;
    }

    @Override
    public synchronized String llvmVersion() {
        if (startFailure == null) {
            start();
        }
        return llvmVersion != null ? llvmVersion : expectedVersion;
    }

    /** How many worker processes this backend has started so far (a replaced worker counts again). */
    public synchronized int processesStarted() {
        return started;
    }

    @Override
    public synchronized CompileOutcome compile(CompileRequest request) {
        return ask(WorkerProtocol.Request.of(request));
    }

    /** A handler built from its description and compiled in the worker: LLVM dying on it costs this compile only. */
    public synchronized CompileOutcome compile(HandlerSpec spec, CompileOptions options) {
        return ask(WorkerProtocol.Request.of(spec, options));
    }

    /** How many times a request is sent before a dead worker makes it a CRASH. */
    static final int ATTEMPTS = 2;

    private CompileOutcome ask(WorkerProtocol.Request request) {
        CompileOutcome outcome = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            outcome = askOnce(request);
            if (!(outcome.status() == CompileOutcome.Status.CRASH && workerDied)) {
                return outcome;
            }
            if (outcome.message().contains(OUT_OF_MEMORY) && attempt < ATTEMPTS) {
                // Large input (thousands of handlers in one file), not an LLVM crash: the next worker gets more room.
                heap = HEAP_AFTER_OUT_OF_MEMORY;
            }
        }
        if (outcome.message().contains(OUT_OF_MEMORY)) {
            return CompileOutcome.crash("the worker ran out of memory on this input even with -Xmx" + heap
                    + " (not an LLVM crash): split the file into smaller ones (" + outcome.message() + ")");
        }
        return CompileOutcome.crash(outcome.message() + "; a new worker died on this input too (" + ATTEMPTS + " times)");
    }

    /** What a JVM started with -XX:+ExitOnOutOfMemoryError says as it ends. */
    private static final String OUT_OF_MEMORY = "OutOfMemoryError";
    /** The heap a worker is given again after one ran out of memory on the same input. */
    static final String HEAP_AFTER_OUT_OF_MEMORY = "1g";

    /** The worker's -Xmx; raised for the rest of this backend's life once a worker ran out of memory. */
    private String heap;

    private boolean workerDied;

    private CompileOutcome askOnce(WorkerProtocol.Request request) {
        workerDied = false;
        String notStarted = start();
        if (notStarted != null) {
            // Not LLVM's doing, and nothing was compiled: the cell could not run here, and says why.
            return CompileOutcome.notAvailable(notStarted);
        }
        try {
            toWorker.write(WorkerProtocol.encode(request));
            toWorker.newLine();
            toWorker.flush();
        } catch (IOException e) {
            return died();
        }
        WorkerProtocol.Reply reply;
        try {
            reply = awaitReply();
        } catch (TimeoutException e) {
            stop();
            return CompileOutcome.timeout("no answer from the worker within " + timeout.toSeconds()
                    + " s; it was killed (a hang in LLVM, or raise the time limit)");
        }
        if (reply == null) {
            return died();
        }
        if (reply.error() != null) {
            // A fault in iretlab's own code running in this LLVM (a C API it lacks, a bug): this compile only pays for it.
            return CompileOutcome.crash("iretlab's own code failed in " + name + " (not an LLVM crash; a bug in iretlab: "
                    + "please report it with this input): " + reply.error());
        }
        return reply.outcome();
    }

    /**
     * Starts the worker if it is not running; null when it runs, else why it does not. After
     * {@link #STARTS} failures in a row it is not tried again.
     */
    private String start() {
        if (process != null && process.isAlive()) {
            return null;
        }
        if (failedStarts >= STARTS) {
            return startFailure + " (" + failedStarts + " times; not tried again for this backend)";
        }
        startFailure = startOnce();
        failedStarts = startFailure == null ? 0 : failedStarts + 1;
        return startFailure;
    }

    private String startOnce() {
        stop();
        try {
            stderrLog = ScratchFolder.newFile("worker-", ".log");
            List<String> cmd = new ArrayList<>(command);
            cmd.replaceAll(a -> a.startsWith("-Xmx") ? "-Xmx" + heap : a);
            process = new ProcessBuilder(cmd).redirectError(stderrLog.toFile()).start();
            started++;
        } catch (IOException e) {
            return "cannot start a worker JVM for " + expectedName + " (" + command.get(0) + "): " + e.getMessage();
        }
        toWorker = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        fromWorker = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        WorkerProtocol.Reply hello;
        try {
            hello = awaitReply(startLimit);
        } catch (TimeoutException e) {
            stop();
            return "the worker JVM for " + expectedName + " did not start within " + startLimit.toSeconds()
                    + " s (the machine may be overloaded): this cell did not run; run it again on a quieter machine";
        }
        if (hello == null) {
            String why = lastWords();
            stop();
            return "the worker JVM for " + expectedName + " died while starting: " + why;
        }
        name = hello.backend();
        llvmVersion = hello.llvmVersion();
        return null;
    }

    /** The next protocol reply, or null when the worker's stdout ended (it died). */
    private WorkerProtocol.Reply awaitReply() throws TimeoutException {
        return awaitReply(timeout);
    }

    private WorkerProtocol.Reply awaitReply(Duration limit) throws TimeoutException {
        Future<String> line = reader.submit(() -> {
            for (String l; (l = fromWorker.readLine()) != null; ) {
                if (l.startsWith(WorkerProtocol.PREFIX)) {
                    return l.substring(WorkerProtocol.PREFIX.length());
                }
            }
            return null;
        });
        try {
            String json = line.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return json == null ? null : WorkerProtocol.decode(json, WorkerProtocol.Reply.class);
        } catch (TimeoutException e) {
            line.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private CompileOutcome died() {
        String words = lastWords();
        stop();
        workerDied = true;
        return CompileOutcome.crash(words);
    }

    /** What the dead worker said last: LLVM's fatal error or assertion when there is one. */
    private String lastWords() {
        int status = -1;
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                status = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(stderrLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of();
        }
        String exit = status < 0 ? "the worker did not exit" : status > 128
                ? "the worker was killed by signal " + (status - 128) + " (exit status " + status + ")"
                : "the worker exited with status " + status;
        String crashLog = crashLog(process.pid());
        for (String l : lines) {
            if (l.contains("LLVM ERROR:") || l.contains("Assertion") || l.contains("UNREACHABLE") || l.contains(OUT_OF_MEMORY)) {
                return l.strip() + " (" + exit + ")" + crashLog;
            }
        }
        // A JVM that crashed (a segfault in LLVM) prints its report banner, not LLVM's words: keep the frame line.
        List<String> said = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("# ") && !l.equals("#")).toList();
        String frame = lines.stream().filter(l -> l.startsWith("# C ") || l.startsWith("# j ")).map(l -> l.substring(2).strip())
                .findFirst().map(f -> " in " + f).orElse("");
        List<String> tail = said.subList(Math.max(0, said.size() - 5), said.size());
        return exit + frame + (tail.isEmpty() ? "" : ": " + String.join(" | ", tail)) + crashLog;
    }

    /** Where the dead worker's JVM crash log is kept, as a note for the message ("" when it wrote none). */
    private static String crashLog(long pid) {
        Path log = ScratchFolder.crashLogOf(pid);
        return log == null ? "" : " (JVM crash log: " + ScratchFolder.keepCrashLog(log) + ")";
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (stderrLog != null) {
            try {
                Files.deleteIfExists(stderrLog);
            } catch (IOException ignored) {
                // A stale log in the temp folder is harmless.
            }
            stderrLog = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        reader.shutdownNow();
    }
}
