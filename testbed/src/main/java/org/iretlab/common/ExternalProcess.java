package org.iretlab.common;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an external tool (llc, ld, QEMU, ...) to completion under limits that hold whatever the tool
 * does.
 *
 * <ul>
 * <li><b>Time.</b> The tool runs as the leader of a process group of its own ({@code setsid}) and
 * with a marker in its environment ({@value ProcessTree#MARKER}), so that at the limit the whole group is
 * killed with SIGKILL, together with every process that carries the marker (one that left the
 * group, even once its parent is gone) and every descendant seen while it ran. A tool that ends by
 * itself has what it left behind killed the same way: no orphan of a wrapper survives the run.</li>
 * <li><b>Pipes.</b> stdout and stderr are read by two daemon threads. Once the tool and its tree
 * are gone, iretlab waits at most {@link #DRAIN_GRACE} for the pipes to close: a process that
 * escaped both group and marker and kept a pipe open is left holding it, its reader abandoned, and
 * the text says so.</li>
 * <li><b>Output.</b> At most {@link #STREAM_CAP} bytes of each stream are kept (64 MB); the rest is
 * read and dropped, so the tool is not blocked, and the text ends with a line saying where it was
 * cut and how much the tool wrote in all. Memory stays bounded by the cap, never by the tool.</li>
 * <li><b>Files.</b> Optionally, files the tool writes and iretlab reads afterwards: when one grows
 * over its cap the tool is killed as at the time limit.</li>
 * </ul>
 *
 * <p>This replaced Apache Commons Exec: its watchdog destroys only the direct child, and its stream
 * pumps wait for every holder of a pipe and keep all output, which were exactly the hangs and the
 * out-of-memory of issue 20 (an llc wrapper whose child kept the pipes open; 2.3 GB on stderr).
 */
public final class ExternalProcess {
    /** The most kept of one stream of one run: 64 MB. */
    public static final long STREAM_CAP = 64L << 20;
    /** The largest cap a caller may ask for: 1 GB. */
    public static final long MAX_STREAM_CAP = 1L << 30;
    /** How long the pipes may stay open once the tool and its group are gone. */
    public static final Duration DRAIN_GRACE = Duration.ofSeconds(2);
    /** How often a running tool's descendants and watched files are looked at. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final Path SETSID = findSetsid();
    /** Tools running now, killed with their trees if the JVM exits (Ctrl-C) while they run. */
    private static final Set<ProcessTree> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong RUNS = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ProcessTree::kill), "iretlab-kill-children"));
    }

    /**
     * How a run ended.
     *
     * @param exitCode the tool's exit status (137 when iretlab killed it)
     * @param stdout what it wrote, up to the cap, with a closing line when cut
     * @param timedOut killed at the time limit
     * @param fileOverCap the watched file that grew over its cap (the tool was killed), or null
     * @param cut part of stdout or stderr was dropped (over the cap, or a pipe held open by an escaped process)
     */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut, Path fileOverCap, boolean cut) {}

    /**
     * The limits of one run.
     *
     * @param time wall time until the tool and its group are killed
     * @param streamBytes the most kept of each of stdout and stderr
     * @param files files the tool writes that may not grow over {@code fileBytes}
     */
    public record Limits(Duration time, long streamBytes, List<Path> files, long fileBytes) {
        public Limits {
            files = List.copyOf(files);
            // What is kept becomes one array and one string.
            if (streamBytes < 0 || streamBytes > MAX_STREAM_CAP) {
                throw new IllegalArgumentException("a stream cap of " + streamBytes + " bytes: at most " + size(MAX_STREAM_CAP));
            }
        }

        /** This time limit, the standard stream cap, no watched files. */
        public static Limits of(Duration time) {
            return new Limits(time, STREAM_CAP, List.of(), Long.MAX_VALUE);
        }

        public Limits withStreamBytes(long bytes) {
            return new Limits(time, bytes, files, fileBytes);
        }

        /** Kills the tool when one of these files grows over {@code bytes}. */
        public Limits watching(long bytes, Path... watched) {
            return new Limits(time, streamBytes, List.of(watched), bytes);
        }
    }

    private ExternalProcess() {}

    public static Result run(List<String> command, Duration timeout) throws IOException {
        return run(command, Limits.of(timeout));
    }

    /**
     * Runs the tool until it ends or a limit kills it.
     *
     * @throws IOException when the tool cannot be started (missing, not executable), or this thread was
     *         interrupted (then the tool's group is killed first)
     */
    public static Result run(List<String> command, Limits limits) throws IOException {
        String program = command.get(0);
        if (findExecutable(program) == null) {
            throw new IOException("Cannot run program \"" + program + "\": no such executable file");
        }
        List<String> line = new ArrayList<>();
        if (SETSID != null) {
            line.add(SETSID.toString());
        }
        line.addAll(command);
        String marker = ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put(ProcessTree.MARKER, ProcessTree.markerValue(builder.environment().get(ProcessTree.MARKER), marker));
        Process p = builder.start();
        ProcessTree tree = new ProcessTree(p, marker, SETSID != null);
        LIVE.add(tree);
        try {
            p.getOutputStream().close();
            CappedReader out = CappedReader.start(p.getInputStream(), limits.streamBytes(), "stdout of " + program);
            CappedReader err = CappedReader.start(p.getErrorStream(), limits.streamBytes(), "stderr of " + program);
            boolean timedOut = false;
            Path overCap = null;
            long deadline = System.nanoTime() + limits.time().toNanos();
            try {
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        timedOut = !p.waitFor(0, TimeUnit.NANOSECONDS);
                        break;
                    }
                    if (p.waitFor(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS)) {
                        break;
                    }
                    tree.look();
                    overCap = fileOverCap(limits);
                    if (overCap != null) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                tree.kill();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(program + " was stopped: the thread running it was interrupted");
            }
            // Whether the tool ended or not: its group and the descendants seen go now.
            tree.kill();
            int exit = waitForKilled(p);
            long drainEnd = System.nanoTime() + DRAIN_GRACE.toNanos();
            out.await(drainEnd);
            err.await(drainEnd);
            String stdout = out.text();
            String stderr = err.text();
            if (SETSID != null && (exit == 126 || exit == 127) && stderr.startsWith("setsid: failed to execute")) {
                throw new IOException("Cannot run program \"" + program + "\": " + stderr.strip());
            }
            if (overCap == null && exit == 0) {
                overCap = fileOverCap(limits);
            }
            return new Result(exit, stdout, stderr, timedOut, overCap, out.cut() || err.cut());
        } finally {
            LIVE.remove(tree);
        }
    }

    /** A duration as messages say it: "30 s", "1.5 s". */
    public static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A byte count as messages say it: "64 MB", "2300 MB", "512 bytes". */
    public static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }

    private static Path fileOverCap(Limits limits) {
        for (Path f : limits.files()) {
            try {
                if (Files.size(f) > limits.fileBytes()) {
                    return f;
                }
            } catch (IOException e) {
                // Not written yet.
            }
        }
        return null;
    }

    /** The exit status of a tool that was just killed (or ended); SIGKILL cannot be ignored, so this does not wait long. */
    private static int waitForKilled(Process p) throws InterruptedIOException {
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                // Stuck in the kernel (uninterruptible sleep): its status is not worth a hang.
                return 137;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + p.pid() + " was being killed");
        }
    }

    /** The file a command's first word runs: a path as given, else the first match on PATH; null when none. */
    private static Path findExecutable(String program) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** util-linux's setsid, which makes the tool a session and group leader before it runs (Debian has it always). */
    private static Path findSetsid() {
        if (!new File("/proc/self/stat").exists()) {
            return null;
        }
        return findExecutable("setsid");
    }
}
