package org.iretlab.patch;

import static org.iretlab.patch.Claim.Role.FIXES;
import static org.iretlab.patch.Claim.Role.GUARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FlipJudgeTest {
    private static final Set<String> CALL = Set.of("misaligned-call-site");

    @Test
    void aClaimedKindThatDisappearsIsFixedAndOneThatStaysIsStillBroken() {
        assertEquals(FlipStatus.FIXED, FlipJudge.judge(FIXES, CALL, Set.of("misaligned-call-site", "x87-state-clobbered"),
                Set.of("x87-state-clobbered")));
        assertEquals(FlipStatus.STILL_BROKEN, FlipJudge.judge(FIXES, CALL, Set.of("misaligned-call-site", "x87-state-clobbered"),
                Set.of("misaligned-call-site")));
    }

    @Test
    void anythingNewIsARegressionEvenWhenTheClaimHolds() {
        assertEquals(FlipStatus.REGRESSED, FlipJudge.judge(FIXES, CALL, Set.of("misaligned-call-site"), Set.of("gpr-clobbered")));
        assertEquals(FlipStatus.REGRESSED, FlipJudge.judge(FIXES, CALL, Set.of("misaligned-call-site"), Set.of("CRASH")));
        assertEquals(FlipStatus.REGRESSED, FlipJudge.judge(FIXES, CALL, Set.of(), Set.of("misaligned-call-site")));
    }

    @Test
    void aClaimTheBaselineNeverShowedIsUnchanged() {
        assertEquals(FlipStatus.UNCHANGED, FlipJudge.judge(FIXES, CALL, Set.of("x87-state-clobbered"), Set.of()));
    }

    @Test
    void aGuardMustShowTheSameOnBothSides() {
        Set<String> x87 = Set.of("x87-state-clobbered");
        assertEquals(FlipStatus.UNCHANGED, FlipJudge.judge(GUARD, Set.of(), x87, x87));
        assertEquals(FlipStatus.FIXED, FlipJudge.judge(GUARD, Set.of(), x87, Set.of()));
        assertEquals(FlipStatus.REGRESSED, FlipJudge.judge(GUARD, Set.of(), Set.of(), x87));
    }

    @Test
    void theSidesCombineRegressionFirstAndTheOracleDecidesWhereItIsGivenTheLastWord() {
        assertEquals(FlipStatus.REGRESSED, FlipJudge.combine(FlipStatus.FIXED, FlipStatus.REGRESSED, false));
        assertEquals(FlipStatus.STILL_BROKEN, FlipJudge.combine(FlipStatus.STILL_BROKEN, FlipStatus.FIXED, true));
        // A real LLVM: a fix seen on one side is a fix (the oracle may not reach a call that faults first).
        assertEquals(FlipStatus.FIXED, FlipJudge.combine(FlipStatus.FIXED, FlipStatus.UNCHANGED, false));
        // A prototype: a fix the running handler does not show is no fix.
        assertEquals(FlipStatus.UNCHANGED, FlipJudge.combine(FlipStatus.FIXED, FlipStatus.UNCHANGED, true));
        assertEquals(FlipStatus.FIXED, FlipJudge.combine(FlipStatus.FIXED, null, true));
    }
}
