package org.iretlab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile tools, made by the tests as shell commands: each limit of {@link ExternalProcess} must hold
 * within seconds, whatever the tool and its children do with their pipes and their output.
 */
class ExternalProcessTest {
    /** Generous against a busy machine, far below the 300 s the hostile children sleep. */
    private static final Duration HARNESS = Duration.ofSeconds(20);

    private static ExternalProcess.Result sh(String script, Duration limit) {
        return assertTimeoutPreemptively(HARNESS, () -> ExternalProcess.run(List.of("sh", "-c", script), limit));
    }

    private static boolean alive(String pid) throws InterruptedException {
        Optional<ProcessHandle> h = ProcessHandle.of(Long.parseLong(pid.strip()));
        for (int i = 0; i < 100 && h.isPresent() && ProcessTree.running(h.get()); i++) {
            Thread.sleep(20);
        }
        return h.isPresent() && ProcessTree.running(h.get());
    }

    @Test
    void aChildHoldingStdoutDoesNotHoldTheRunAndIsKilled() throws Exception {
        long start = System.nanoTime();
        ExternalProcess.Result r = sh("sleep 300 & echo $!", Duration.ofSeconds(60));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.exitCode());
        assertFalse(r.timedOut());
        assertTrue(seconds < 5, "the run waited " + seconds + " s for a pipe held by the tool's child");
        assertFalse(alive(r.stdout().lines().findFirst().orElseThrow()), "the tool's orphan survived the run");
    }

    @Test
    void theTimeLimitKillsTheWholeGroup() throws Exception {
        long start = System.nanoTime();
        ExternalProcess.Result r = sh("sleep 300 & echo $!; sh -c 'sleep 300 & echo $!; sleep 300'", Duration.ofMillis(1500));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.timedOut());
        assertTrue(seconds < 6, "gave up after " + seconds + " s for a limit of 1.5 s");
        List<String> pids = r.stdout().lines().toList();
        assertEquals(2, pids.size(), r.stdout());
        for (String pid : pids) {
            assertFalse(alive(pid), "process " + pid + " of the tool's tree survived the time limit");
        }
    }

    @Test
    void aProcessThatLeftTheGroupAndLostItsParentIsStillKilled() throws Exception {
        ExternalProcess.Result r = sh("(setsid sh -c 'echo $$; exec sleep 300' &); sleep 0.2", Duration.ofSeconds(60));
        String pid = r.stdout().lines().findFirst().orElseThrow();
        try {
            assertFalse(r.cut(), r.stdout());
            assertFalse(alive(pid), "a process that left the tool's group survived the run");
        } finally {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** What an iretlab run by the tool starts carries both markers: killing the outer tree kills it too. */
    @Test
    void aToolOfAnInnerIretlabIsKilledWithTheOuterTree() throws Exception {
        ExternalProcess.Result r = sh("(env IRETLAB_PROCESS_TREE=\"$IRETLAB_PROCESS_TREE 1-1\" setsid sh -c 'echo $$; exec sleep 300' &);"
                + " sleep 0.2", Duration.ofSeconds(60));
        String pid = r.stdout().lines().findFirst().orElseThrow();
        try {
            assertFalse(alive(pid), "the inner tool survived the outer run");
        } finally {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
        assertEquals("7-1", ProcessTree.markerValue(null, "7-1"));
        assertEquals("7-1 9-4", ProcessTree.markerValue("7-1", "9-4"));
    }

    /**
     * A process out of reach (started by the test, not by the tool) opens the tool's stdout through
     * /proc and keeps it: iretlab stops reading after the drain grace and says so.
     */
    @Test
    void aPipeHeldOutOfReachCostsTheDrainGraceNotForever(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("pid");
        Path opened = dir.resolve("opened");
        Process holder = new ProcessBuilder("sh", "-c", "while [ ! -s " + pid + " ]; do sleep 0.05; done; exec 3>/proc/$(cat " + pid
                + ")/fd/1; touch " + opened + "; exec sleep 300").start();
        try {
            long start = System.nanoTime();
            // Written aside and moved: while echo runs, the shell has its stdout on the file, not on the pipe.
            ExternalProcess.Result r = sh("echo $$ > " + pid + ".new; mv " + pid + ".new " + pid + "; while [ ! -e " + opened
                    + " ]; do sleep 0.05; done; echo done",
                    Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, r.exitCode());
            assertTrue(r.cut(), r::toString);
            assertEquals("done\n[iretlab: stopped reading after 5 bytes: a process out of iretlab's reach kept the pipe open]\n",
                    r.stdout());
            assertTrue(seconds < ExternalProcess.DRAIN_GRACE.toSeconds() + 5, "waited " + seconds + " s");
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly();
        }
    }

    @Test
    void twoHundredMegabytesAreCutAtTheCapAndSaidSo() {
        ExternalProcess.Result r = sh("yes iretlab | head -c 200000000; yes error | head -c 200000000 >&2; exit 1",
                Duration.ofSeconds(60));
        assertEquals(1, r.exitCode());
        assertTrue(r.cut());
        for (String stream : List.of(r.stdout(), r.stderr())) {
            assertTrue(stream.length() < ExternalProcess.STREAM_CAP + 200, "kept " + stream.length() + " characters");
            assertTrue(stream.endsWith("[iretlab: cut at 64 MB; 190 MB were written]\n"),
                    stream.substring(stream.length() - 100));
        }
    }

    @Test
    void aFileOverItsCapKillsTheTool(@TempDir Path dir) {
        Path out = dir.resolve("out.s");
        ExternalProcess.Result r = assertTimeoutPreemptively(HARNESS, () -> ExternalProcess.run(
                List.of("sh", "-c", "yes > " + out), ExternalProcess.Limits.of(Duration.ofSeconds(60)).watching(1 << 20, out)));
        assertEquals(out, r.fileOverCap());
        assertFalse(r.timedOut());
        assertTrue(r.exitCode() != 0);
    }

    @Test
    void anOrdinaryRunKeepsItsStatusAndOutput(@TempDir Path dir) throws IOException {
        ExternalProcess.Result r = sh("echo out; echo err >&2; exit 3", Duration.ofSeconds(30));
        assertEquals(new ExternalProcess.Result(3, "out\n", "err\n", false, null, false), r);
        assertThrows(IOException.class, () -> ExternalProcess.run(List.of(dir.resolve("no-llc").toString()), Duration.ofSeconds(5)));
        Path notExecutable = Files.writeString(dir.resolve("llc"), "#!/bin/sh\n");
        assertThrows(IOException.class, () -> ExternalProcess.run(List.of(notExecutable.toString()), Duration.ofSeconds(5)));
        assertNull(ExternalProcess.run(List.of("true"), Duration.ofSeconds(5)).fileOverCap());
    }
}
