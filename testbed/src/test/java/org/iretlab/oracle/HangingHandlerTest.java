package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Assembler;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A handler that never returns and that the harness's watchdog cannot catch either (it masks the
 * watchdog's timer, then spins: hand-written, no compiler does that) is a TIMEOUT of its own,
 * naming the scenario, after a bounded number of boots; the other handler of the same file keeps
 * its result. (Handlers that merely halt or spin end their scenarios with a note instead:
 * NeverReturningHandlerTest.)
 */
class HangingHandlerTest {
    private static final String TRIPLE = "x86_64-unknown-none";
    private static final String SOURCE = """
            	.text
            	.globl	spin
            	.type	spin,@function
            spin:
            	movl	$0x10000, 0x40000320
            	jmp	spin
            	.size	spin, .-spin
            	.globl	quiet
            	.type	quiet,@function
            quiet:
            	iretq
            	.size	quiet, .-quiet
            """;
    /** Far more than the whole batch of scenarios takes on an idle machine (about a second). */
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(3);

    @Test
    void aSpinningHandlerIsATimeoutInItsScenarioAndItsNeighbourKeepsItsResult() {
        org.iretlab.Required.qemu();
        byte[] object = Assembler.assemble("spin.s", SOURCE, TRIPLE);
        long start = System.nanoTime();
        List<Oracle.Result> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new Oracle(BOOT_LIMIT).run(object,
                TRIPLE, "", List.of(new StaticCheck.Handler("spin", false), new StaticCheck.Handler("quiet", false)),
                CheckOptions.defaults()));
        double seconds = (System.nanoTime() - start) / 1e9;

        Oracle.Result spin = results.get(0);
        assertEquals(Outcome.TIMEOUT, spin.verdict().outcome(), spin.verdict()::toString);
        String first = Scenario.standard(true).get(0).describe();
        String second = Scenario.standard(true).get(1).describe();
        assertEquals(List.of(first, second), spin.hung());
        assertEquals("did not return: TIMEOUT in scenario " + first, spin.verdict().notes().get(0));
        assertTrue(spin.verdict().notes().get(2).startsWith((Scenario.standard(true).size() - 2) + " scenarios not run"),
                spin.verdict().notes()::toString);
        // One boot cut short and retried, then one hang per scenario until two in a row.
        assertEquals(3, spin.boots());
        assertEquals(0, spin.scenarios());

        Oracle.Result quiet = results.get(1);
        assertNotEquals(Outcome.TIMEOUT, quiet.verdict().outcome(), quiet.verdict()::toString);
        assertTrue(quiet.hung().isEmpty());
        assertEquals(Scenario.standard(true).size(), quiet.scenarios());
        assertTrue(seconds < 4 * BOOT_LIMIT.toSeconds() + 20, "took " + seconds + " s");
    }
}
