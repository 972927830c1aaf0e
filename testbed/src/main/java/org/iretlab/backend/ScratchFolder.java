package org.iretlab.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.common.WorkFolder;

/**
 * One temporary folder per iretlab process ({@code $TMPDIR/iretlab-run-PID}) for what its children
 * leave: worker logs, JVM crash files (hs_err, never in the user's working directory), llc's inputs
 * and outputs. It is deleted when the process ends normally or is interrupted; the folder of a
 * process that was killed outright is deleted by the next iretlab that starts here. Child JVMs get
 * the parent's folder ({@value #PROPERTY}) and never delete it.
 *
 * <p>A JVM crash log that explains a CRASH is kept in the cache folder ({@link #keepCrashLog}),
 * since the scratch folder goes away with the run.
 */
public final class ScratchFolder {
    /** The system property that hands a parent's scratch folder to a child JVM. */
    public static final String PROPERTY = "iretlab.scratch";
    private static final String PREFIX = "iretlab-run-";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");
    private static final int CRASH_LOGS_KEPT = 20;
    private static Path root;

    private ScratchFolder() {}

    /** This process's scratch folder, made (and stale ones of dead processes removed) on first use. */
    public static synchronized Path root() {
        if (root != null && Files.isDirectory(root)) {
            return root;
        }
        String inherited = System.getProperty(PROPERTY);
        try {
            if (inherited != null && !inherited.isBlank()) {
                root = Files.createDirectories(Path.of(inherited));
                return root;
            }
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeStale(tmp);
            root = Files.createDirectories(tmp.resolve(PREFIX + ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create iretlab's temporary folder: " + e.getMessage(), e);
        }
        Path mine = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(mine), "iretlab-scratch-cleanup"));
        return root;
    }

    /** The options every child JVM gets: no core dumps, crash files in the scratch folder, the folder itself. */
    public static List<String> childJvmOptions() {
        Path r = root();
        return List.of("-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + r.resolve("hs_err_%p.log"), "-D" + PROPERTY + "=" + r);
    }

    /** A folder inside the scratch folder, deleted when closed. */
    public static WorkFolder create(String prefix) {
        return WorkFolder.createIn(root(), prefix);
    }

    /** A file name in the scratch folder, not yet created. */
    public static Path newFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(root(), prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
        }
    }

    /** The JVM crash log of a dead child, if it wrote one. */
    static Path crashLogOf(long pid) {
        Path log = root().resolve("hs_err_" + pid + ".log");
        return Files.isRegularFile(log) ? log : null;
    }

    /**
     * Moves a crash log to the cache folder ({@code $XDG_CACHE_HOME/iretlab/crash-logs}, the newest
     * {@value #CRASH_LOGS_KEPT} kept) so it outlives the run; returns where it is now.
     */
    static Path keepCrashLog(Path log) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("iretlab").resolve("crash-logs");
        try {
            Files.createDirectories(cache);
            Path kept = Files.move(log, cache.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            List<Path> all = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(cache, "hs_err_*.log")) {
                s.forEach(all::add);
            }
            all.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
            for (Path old : all.subList(Math.min(all.size(), CRASH_LOGS_KEPT), all.size())) {
                Files.deleteIfExists(old);
            }
            return kept;
        } catch (IOException e) {
            return log;
        }
    }

    /**
     * What iretlab versions before the scratch folder left directly in the temporary folder after a
     * kill: worker logs, crash files, llc work folders. They carry no owner, so only those a day old go.
     */
    private static final Pattern LEGACY = Pattern.compile("iretlab-(worker-.*\\.log|llc-\\d+|trial-\\d+|as-\\d+)");
    private static final long LEGACY_AGE_MILLIS = 24L * 3600 * 1000;

    /**
     * Scratch folders of iretlab processes that no longer run (killed before they could clean up),
     * and what older iretlab versions left there a day ago or more.
     */
    static void removeStale(Path tmp) {
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, "iretlab-*")) {
            for (Path p : s) {
                if (LEGACY.matcher(p.getFileName().toString()).matches() && now - p.toFile().lastModified() > LEGACY_AGE_MILLIS) {
                    delete(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // As below.
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path p : s) {
                Matcher m = OWNED.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p) && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    delete(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Another user's folder, or one that went while we looked: not ours to worry about.
        }
    }

    static void delete(Path folder) {
        WorkFolder.deleteAll(folder);
    }
}
