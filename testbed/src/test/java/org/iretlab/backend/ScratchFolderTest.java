package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leftovers (issue 20, item 7): children's logs and crash files live in one folder per iretlab
 * process, a killed process's folder is swept by the next one, and no crash file is aimed at the
 * user's working directory.
 */
class ScratchFolderTest {

    @Test
    void theFolderOfAKilledProcessIsSweptAndALiveOnesIsKept(@TempDir Path tmp) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.createDirectories(tmp.resolve("iretlab-run-" + gone.pid()));
        Files.writeString(dead.resolve("worker-1.log"), "LLVM ERROR: something");
        Files.writeString(dead.resolve("hs_err_1.log"), "# A fatal error has been detected");
        Path alive = Files.createDirectories(tmp.resolve("iretlab-run-" + ProcessHandle.current().pid()));
        Path notOurs = Files.createDirectories(tmp.resolve("iretlab-run-notapid"));

        ScratchFolder.removeStale(tmp);

        assertFalse(Files.exists(dead), "the folder of a process that no longer runs is removed");
        assertTrue(Files.exists(alive), "a running process's folder is its own");
        assertTrue(Files.exists(notOurs), "only iretlab-run-PID folders are ours");
    }

    @Test
    void leftoversOfOlderVersionsGoOnceADayOld(@TempDir Path tmp) throws Exception {
        Path oldLog = Files.writeString(tmp.resolve("iretlab-worker-123.log"), "x");
        Path oldLlc = Files.createDirectories(tmp.resolve("iretlab-llc-456"));
        Path freshLog = Files.writeString(tmp.resolve("iretlab-worker-789.log"), "another iretlab may be writing this");
        long twoDaysAgo = System.currentTimeMillis() - 48L * 3600 * 1000;
        assertTrue(oldLog.toFile().setLastModified(twoDaysAgo) && oldLlc.toFile().setLastModified(twoDaysAgo));

        ScratchFolder.removeStale(tmp);

        assertFalse(Files.exists(oldLog));
        assertFalse(Files.exists(oldLlc));
        assertTrue(Files.exists(freshLog), "a fresh one may belong to a running older iretlab");
    }

    @Test
    void childJvmsWriteCrashFilesIntoTheScratchFolderNotTheWorkingDirectory() {
        List<String> options = ScratchFolder.childJvmOptions();
        Path root = ScratchFolder.root();
        assertTrue(options.contains("-XX:ErrorFile=" + root.resolve("hs_err_%p.log")), options.toString());
        assertTrue(options.contains("-XX:-CreateCoredumpOnCrash"), options.toString());
        assertTrue(root.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), root.toString());
        assertFalse(root.startsWith(Path.of(System.getProperty("user.dir"))), root.toString());
    }

    @Test
    void aWorkersLogIsInTheScratchFolderAndGoesWithTheWorker() throws Exception {
        // Other tests of this JVM keep workers of their own: only this worker's log is followed.
        Set<Path> before = workerLogs();
        Set<Path> mine;
        try (WorkerBackend worker = WorkerBackend.sameLlvm(java.time.Duration.ofSeconds(120))) {
            worker.name();
            mine = workerLogs();
            mine.removeAll(before);
            assertEquals(1, mine.size(), "the live worker's log, in the scratch folder: " + mine);
        }
        assertFalse(Files.exists(mine.iterator().next()), "closed: its log is gone");
    }

    private static Set<Path> workerLogs() throws Exception {
        try (var files = Files.list(ScratchFolder.root())) {
            return files.filter(p -> p.getFileName().toString().startsWith("worker-")).collect(Collectors.toCollection(HashSet::new));
        }
    }
}
