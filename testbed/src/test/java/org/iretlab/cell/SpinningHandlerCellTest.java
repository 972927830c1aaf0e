package org.iretlab.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.corpus.CaseParser;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A corpus case whose handler spins for ever, as matrix --oracle runs it: the cell keeps its
 * static verdict, and its oracle side says where the handler spins, in a note, and judges its
 * neighbour (it was "the oracle's kernel ran no scenario", which matrix turned into an UNDECIDED
 * cell without the static verdict, and then a TIMEOUT that cost three boot limits).
 */
class SpinningHandlerCellTest {
    private static final String CASE = """
            ; id: 97
            ; title: spins
            ; upstream: none
            ; wrong: w
            ; correct: c
            ; target: x86_64-unknown-none
            ; subject: none
            ; expect: x86_64-unknown-none @ llvm*: none
            ; oracle: x86_64-unknown-none @ llvm*: none
            ; source: llvm*: this test
            ; RUN: llvm*: llc < %s
            target triple = "x86_64-unknown-none"

            define x86_intrcc void @spin(ptr byval(i64) %f) {
            entry:
              br label %loop
            loop:
              call void asm sideeffect "", ""()
              br label %loop
            }

            define x86_intrcc void @quiet(ptr byval(i64) %f) {
              ret void
            }
            """;

    @Test
    void theStaticVerdictStaysAndTheOracleSideSaysWhereItSpins() {
        org.iretlab.Required.qemu();
        CorpusCase c = CaseParser.parse(Path.of("97-spins.ll"), CASE);
        Cell without = CellPipeline.of(new InProcessBackend()).run(c, c.targets().get(0));
        try (CellPipeline underQemu = new CellPipeline(new InProcessBackend(), CheckOptions.defaults(), new Oracle(Duration.ofSeconds(30)))) {
            Cell cell = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> underQemu.run(c, c.targets().get(0)));
            assertNotEquals(Outcome.UNDECIDED, without.outcome(), without::message);
            assertEquals(without.outcome(), cell.outcome(), cell::message);
            assertEquals(without.kinds(), cell.kinds());
            // Not a fault, not a finding: what the case's oracle line (none) says.
            assertEquals(Outcome.OK, cell.oracle().outcome(), cell.oracle()::toString);
            assertEquals(Verdict.AS_EXPECTED, cell.oracle().verdict());
            var spin = cell.oracle().results().get(0);
            assertEquals("spin", spin.verdict().function());
            assertTrue(spin.verdict().notes().get(0).startsWith("did not return: spins in spin (at 0x"),
                    spin.verdict().notes()::toString);
            assertEquals(1, spin.boots());
            assertEquals(Outcome.OK, cell.oracle().results().get(1).verdict().outcome());
        }
    }
}
