package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel's report as Java reads it, including one that code gone astray garbled. */
class ScenarioRunTest {
    private static final String SCENARIO_0 = """
            S 00000000
            B 00000001 00000002
            A 00000001 00000002
            I 00000000 00000006 00000000
            E 00000000
            """;

    @Test
    void aCleanReportIsReadWholeAndInOrder() {
        Map<Integer, ScenarioRun> runs = ScenarioRun.parse("iretlab-oracle 1\n" + SCENARIO_0 + "S 00000001\nB 00000003\n");
        assertTrue(runs.get(0).ended());
        assertFalse(runs.get(0).astray());
        assertEquals(6, runs.get(0).ipAdvance().triggerLength());
        assertFalse(runs.get(1).ended(), "the boot stopped inside scenario 1");
    }

    /**
     * Where a frame write sent the iret, after {@code int} (2 bytes, 16 landing pads: bytes 2..18 from the int's start
     * are on them) and after the faulting load (6 bytes, no pads: only the exact skip lands on the spin).
     */
    @Test
    void aLandingIsOnThePadsOnlyAfterIntAndWithinThem() {
        ScenarioRun.IpAdvance four = new ScenarioRun.IpAdvance(6, 2, 16);
        assertEquals(4, four.moved());
        assertTrue(four.onPads());
        assertTrue(new ScenarioRun.IpAdvance(18, 2, 16).onPads(), "the last pad's end is where the state is saved");
        assertFalse(new ScenarioRun.IpAdvance(19, 2, 16).onPads());
        assertFalse(new ScenarioRun.IpAdvance(1, 2, 16).onPads(), "inside the int itself");
        ScenarioRun.IpAdvance skip = new ScenarioRun.IpAdvance(6, 6, 0);
        assertEquals(6, skip.moved());
        assertFalse(skip.onPads());
        assertEquals(16, ScenarioRun.parse(SCENARIO_0.replace("I 00000000 00000006 00000000", "I 00000006 00000002 00000010")).get(0).ipAdvance().pads());
    }

    /**
     * The handler resumed inside an instruction and ran into the harness with the timer armed: the
     * report is printed twice, the second time cut by IRQ0. That scenario is astray, and nothing the
     * boot printed after it is read.
     */
    @Test
    void aGarbledReportEndsItsScenarioAstrayAndWhatFollowsIsNotTrusted() {
        String garbled = """
                S 00000000
                B 00000001 00000002
                A 00000000 00000000
                XA 7f03
                A 00000037 00000009
                XA 7f0
                E 00000000
                S 00000001
                B 00000001 00000002
                E 00000001
                """;
        Map<Integer, ScenarioRun> runs = ScenarioRun.parse(garbled);
        assertTrue(runs.get(0).astray() && runs.get(0).ended(), runs::toString);
        assertFalse(runs.containsKey(1), "scenario 1 runs again in another boot");
    }

    /**
     * Code that ran into the harness's end of a scenario (a handler resuming inside an instruction) gets
     * "E" printed without the state before and after, a fault or a stop: astray, not a scenario whose
     * registers are missing. The clean report above is the control.
     */
    @Test
    void anEndWithoutTheStateFaultOrStopIsAstray() {
        String scenario1 = SCENARIO_0.replace("S 00000000", "S 00000001").replace("E 00000000", "E 00000001");
        Map<Integer, ScenarioRun> runs = ScenarioRun.parse("S 00000000\nI 00000000 00000006 00000000\nE 00000000\n" + scenario1);
        assertTrue(runs.get(0).astray() && runs.get(0).ended(), runs::toString);
        assertFalse(runs.containsKey(1), "scenario 1 runs again in another boot");
        assertFalse(ScenarioRun.parse(SCENARIO_0).get(0).astray());
    }
}
