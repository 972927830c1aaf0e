package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * llc wrappers that misbehave, written by the tests as shell scripts around Debian's llc 14: each
 * ends as one outcome (or, for the --version probe, an input error) within seconds, with bounded
 * memory and no process left behind.
 */
class HostileLlcTest {
    private static final Duration HARNESS = Duration.ofSeconds(30);
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final String IR = """
            target triple = "x86_64-unknown-none"
            define x86_intrcc void @h(ptr byval(i64) %f) {
              ret void
            }
            """;
    private static Path realLlc;

    @BeforeAll
    static void find() {
        realLlc = org.iretlab.Required.executable(LlcBackend.debianLlc(14), "scripts/setup.sh");
    }

    /** A wrapper: {@code version} runs for --version, {@code compile} for a compile, with $out the file after -o. */
    private static Path wrapper(Path dir, String version, String compile) throws Exception {
        Path script = dir.resolve("llc");
        Files.writeString(script, "#!/bin/sh\n"
                + "if [ \"$1\" = --version ]; then\n" + version + "\nfi\n"
                + "out=; prev=\nfor a in \"$@\"; do [ \"$prev\" = -o ] && out=$a; prev=$a; done\n"
                + compile + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private String answers() {
        return "exec " + realLlc + " --version";
    }

    private static CompileOutcome compile(Path llc) {
        return assertTimeoutPreemptively(HARNESS, () -> {
            try (LlcBackend backend = new LlcBackend(llc, LIMIT)) {
                return backend.compile(new CompileRequest(IrSource.ofText("t.ll", IR),
                        CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.ASM)));
            }
        });
    }

    private static boolean alive(Path pidFile) throws Exception {
        var h = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
        for (int i = 0; i < 100 && h.isPresent() && h.get().isAlive() && !zombie(h.get()); i++) {
            Thread.sleep(20);
        }
        return h.isPresent() && h.get().isAlive() && !zombie(h.get());
    }

    private static boolean zombie(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (Exception gone) {
            return false;
        }
    }

    @Test
    void aWrapperThatHangsOnVersionIsAnErrorNamingItAndTheLimit(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("pid");
        Path llc = wrapper(dir, "sleep 300 & echo $! > " + pid + "; wait", "exit 1");
        long start = System.nanoTime();
        InputException e = assertTimeoutPreemptively(HARNESS, () -> assertThrows(InputException.class, () -> new LlcBackend(llc, LIMIT)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().startsWith(llc + ": did not answer --version within 2 s"), e.getMessage());
        assertTrue(seconds < LIMIT.toSeconds() + 5, "gave up after " + seconds + " s");
        assertFalse(alive(pid), "the wrapper's child survived");
    }

    @Test
    void aWrapperWhoseChildKeepsThePipesOpenIsATimeout(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("pid");
        Path llc = wrapper(dir, answers(), "sleep 300 & echo $! > " + pid + "; wait");
        long start = System.nanoTime();
        CompileOutcome o = compile(llc);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(CompileOutcome.Status.TIMEOUT, o.status(), o.message());
        assertEquals("llc-14 did not finish within 2 s and was killed, with its children", o.message());
        assertTrue(seconds < LIMIT.toSeconds() + 5, "gave up after " + seconds + " s");
        assertFalse(alive(pid), "the wrapper's child survived");
    }

    @Test
    void twoHundredMegabytesOfStderrAreCutAndTheMessageStaysShort(@TempDir Path dir) throws Exception {
        CompileOutcome o = compile(wrapper(dir, answers(), "yes 'error: junk' | head -c 200000000 >&2; exit 1"));
        assertEquals(CompileOutcome.Status.REJECTED, o.status());
        assertTrue(o.message().length() < 10_000, "a message of " + o.message().length() + " characters");
        assertTrue(o.message().contains("more lines of its stderr not kept]"), o.message());
        assertTrue(o.message().endsWith("[iretlab: cut at 4 MB; 190 MB were written]"), o.message());
    }

    @Test
    void twoHundredMegabytesOfOutputFileAreARunawayNotARead(@TempDir Path dir) throws Exception {
        CompileOutcome o = compile(wrapper(dir, answers(), "yes 'nop' | head -c 200000000 > \"$out\"; exit 0"));
        assertEquals(CompileOutcome.Status.CRASH, o.status(), o.message());
        assertTrue(o.message().startsWith("llc-14 wrote more than 64 MB to out.s"), o.message());
    }

    @Test
    void aWellBehavedWrapperStillCompiles(@TempDir Path dir) throws Exception {
        CompileOutcome o = compile(wrapper(dir, answers(), "yes | head -c 100000000; exec " + realLlc + " \"$@\""));
        assertTrue(o.compiled(), o::message);
        assertTrue(o.result().asm().contains("iretq"), o.result()::asm);
    }
}
