package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iretlab.backend.Assembler;
import org.iretlab.common.ExternalProcess;
import org.junit.jupiter.api.Test;

/** {@code iretlab run}: a corpus case on each of its targets under QEMU, and clear errors. */
class RunCommandTest {
    @Test
    void aCaseRunsOnEachOfItsTargetsAndTheFaultingOneIsABug() {
        org.iretlab.Required.qemu();
        Cli r = Cli.run("run", "--corpus", "../ir-tests/cases", "21");
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("ir-tests/cases/") || l.startsWith("../ir-tests/cases/")).count(),
                r::toString);
        assertTrue(r.out().matches("(?s).*i686-unknown-linux-gnu.*misaligned-stack-access +0x[0-9a-f]+ +movaps.*"), r::toString);
        assertTrue(r.out().matches("(?s).*\\[i386-unknown-none, embedded-20 [0-9.]+\\]: OK.*"), r::toString);
    }

    /**
     * ip += 2 in the frame: the harness's 2-byte jump after int is skipped only when the write took
     * effect; the non-volatile store that default<O2> deletes is the negative control.
     */
    @Test
    void aFrameWriteThatTookEffectIsSeenAndADroppedOneIsNot() {
        org.iretlab.Required.qemu();
        Cli kept = Cli.run("run", "--params", "1", "--body", "frame-ip-write-volatile", "--triple", "i386-unknown-none",
                "--pipeline", "default<O2>");
        assertEquals(ExitCodes.OK, kept.exit(), kept::toString);
        assertTrue(kept.out().contains("advanced the saved instruction pointer by 2 in 18 of the 18 scenarios run"), kept::toString);
        Cli dropped = Cli.run("run", "--params", "1", "--body", "frame-ip-write", "--triple", "i386-unknown-none",
                "--pipeline", "default<O2>");
        assertFalse(dropped.out().contains("advanced the saved instruction pointer"), dropped::toString);
    }

    /**
     * A fault entry: the saved IP points at the faulting load, whose length the harness derives from
     * its own labels; ip += that length resumes after it, exactly. ip += 2 is the negative control:
     * it resumes inside the instruction.
     */
    @Test
    void aFaultEntrysFrameWriteIsCheckedAgainstTheFaultingInstructionsLength() {
        org.iretlab.Required.qemu();
        for (String triple : new String[] {"i386-unknown-none", "x86_64-unknown-none"}) {
            Cli skipped = Cli.run("run", "--params", "2", "--body", "frame-ip-write-volatile=6", "--triple", triple,
                    "--pipeline", "default<O2>");
            assertEquals(ExitCodes.OK, skipped.exit(), skipped::toString);
            assertTrue(skipped.out().matches("(?s).*advanced the saved instruction pointer by 6 in (\\d+) of the \\1 scenarios run "
                    + "\\(past the 6-byte instruction that entered it.*"), skipped::toString);
            Cli inside = Cli.run("run", "--params", "2", "--body", "frame-ip-write-volatile=2", "--triple", triple,
                    "--pipeline", "default<O2>");
            // What the middle of the instruction does depends on the address it encodes: a fault there or changed
            // registers (both the handler's request: a note, the state not judged), or a run into the harness's own
            // code (a handler-fault).
            assertTrue(inside.exit() == ExitCodes.OK || inside.exit() == ExitCodes.BUG, inside::toString);
            assertTrue(inside.out().contains("resumed it inside that instruction")
                    || inside.out().contains("execution went astray"), inside::toString);
            assertFalse(inside.out().contains("past the 6-byte instruction"), inside::toString);
        }
    }

    /**
     * A local aligned to 64 passed to a callee, in a handler QEMU cannot run whole (AVX-512): the
     * stand-in sees its address. Realigned only to 16 on i686 it is misaligned; after stack-realign-32
     * it is not.
     */
    @Test
    void anOverAlignedLocalPassedToACalleeIsCheckedWhereQemuCannotRunAvx512() {
        org.iretlab.Required.qemu();
        Cli plain = Cli.run("run", "--corpus", "../ir-tests/cases", "31");
        assertEquals(ExitCodes.BUG, plain.exit(), plain::toString);
        assertTrue(plain.out().matches("(?s).*i686-unknown-linux-gnu.*misaligned-stack-access +0x[0-9a-f]+ +calll.*the local passed to "
                + "ext was at 0x[0-9a-f]+ \\(mod 64 = [1-9][0-9]*\\): its alloca asks for alignment 64.*"), plain::toString);
        assertTrue(plain.out().contains("AVX-512 instructions skipped (QEMU has none)"), plain::toString);
        Cli fixed = Cli.run("run", "--corpus", "../ir-tests/cases", "31", "--pass", "stack-realign-32");
        assertFalse(fixed.out().contains("its alloca asks for alignment"), fixed::toString);
    }

    @Test
    void anUnknownCaseIsAnInputError() {
        Cli r = Cli.run("run", "--corpus", "../ir-tests/cases", "no-such-case");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("no such file, and no case of that id or name"), r::toString);
    }

    /**
     * An ELF executable (ET_EXEC), as check takes it: its handlers run where they were linked, with the
     * function of its own they call; one that halts ends its scenarios with a note. Linked in the
     * higher half, it cannot run where it was linked: exit 2, saying what to give instead.
     */
    @Test
    void anExecutableRunsWhereItWasLinked(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.iretlab.Required.qemu();
        Path exe = linked(dir, "0x100000");
        Cli r = Cli.run("run", "--object", exe.toString(), "--handler", "tick", "--handler", "halts");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("@tick: OK"), r::toString);
        assertTrue(r.out().matches("(?s).*@halts: OK\\n  note: did not return: halted at 0x[0-9a-f]+ \\(halts\\+0x[0-9a-f]+: hlt\\).*"),
                r::toString);
        Cli high = Cli.run("run", "--object", linked(dir, "0xc0100000").toString(), "--handler", "tick");
        assertEquals(ExitCodes.INPUT, high.exit(), high::toString);
        assertTrue(high.err().contains("has a section linked at 0xc0100000: run runs an executable's code where it was linked"),
                high::toString);
    }

    /** Clang's kernel.c, linked by GNU ld with its code at {@code text}. */
    private static Path linked(Path dir, String text) throws Exception {
        Path source = Path.of("src/test/resources/oracle/clang-kernel-i686.s");
        Path object = Files.write(dir.resolve("kernel.o"), Assembler.assemble(source.toString(), Files.readString(source),
                "i686-unknown-linux-gnu"));
        Path exe = dir.resolve("kernel-" + text);
        var ld = ExternalProcess.run(List.of(org.iretlab.Required.tool("ld").toString(), "-m", "elf_i386", "-static", "-nostdlib",
                "-Ttext=" + text, object.toString(), "-o", exe.toString()), Duration.ofSeconds(60));
        assertEquals(0, ld.exitCode(), ld::stderr);
        return exe;
    }
}
