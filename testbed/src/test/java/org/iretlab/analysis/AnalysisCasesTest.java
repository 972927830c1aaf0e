package org.iretlab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;
import org.iretlab.verdict.Side;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every analyser case gets exactly its expected finding kinds; and every statically decided kind
 * has a case where it fires and a case of the same handler shape where it stays quiet.
 */
class AnalysisCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() {
        return AnalysisCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            FunctionVerdict v = c.analyse();
            String evidence = v.findings().stream().map(f -> "  " + f.describe()).collect(Collectors.joining("\n"));
            assertEquals(c.expected(), v.kinds(), () -> c.name() + ":\n" + evidence);
            Outcome expectedOutcome = c.expected().isEmpty() ? Outcome.OK
                    : c.expected().equals(Set.of(FindingKind.UNKNOWN_INSTRUCTION)) ? Outcome.UNDECIDED : Outcome.BUG;
            assertEquals(expectedOutcome, v.outcome());
        }));
    }

    /** The negative-control inventory: each kind the analyser decides fires somewhere and is quiet somewhere. */
    @Test
    void everyStaticKindHasAFiringAndAQuietCase() {
        Set<FindingKind> fired = AnalysisCase.all().stream().flatMap(c -> c.expected().stream()).collect(Collectors.toSet());
        Set<FindingKind> decided = EnumSet.noneOf(FindingKind.class);
        for (FindingKind k : FindingKind.values()) {
            // frame-write-dropped is decided on the IR (StaticCheckTest); reserved-register-clobbered by the passes' lint.
            if (k.side != Side.ORACLE && k != FindingKind.FRAME_WRITE_DROPPED && k != FindingKind.RESERVED_REGISTER_CLOBBERED) {
                decided.add(k);
            }
        }
        assertEquals(decided, EnumSet.copyOf(fired), "kinds decided by the analyser vs kinds with a firing case");
        assertTrue(AnalysisCase.all().stream().anyMatch(c -> c.expected().isEmpty()), "there are quiet cases");
    }
}
