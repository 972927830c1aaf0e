package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void anUnknownCaseIsAnInputError() {
        Cli r = Cli.run("run", "--corpus", "../ir-tests/cases", "no-such-case");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("no such file, and no case of that id or name"), r::toString);
    }
}
