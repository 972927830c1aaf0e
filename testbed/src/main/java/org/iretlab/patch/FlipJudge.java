package org.iretlab.patch;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides one side's status (static or oracle) from what the baseline and the candidate showed,
 * each as a set of tokens: finding kind ids, the {@code insn:} tokens the claim names, and the
 * outcome when it is neither OK nor BUG.
 */
public final class FlipJudge {
    private FlipJudge() {}

    /**
     * @param claimed the tokens that must disappear (FIXES, REGRESSES); ignored for a guard, which
     *     must show the same tokens on both sides
     */
    public static FlipStatus judge(Claim.Role role, Set<String> claimed, Set<String> baseline, Set<String> candidate) {
        if (!appeared(baseline, candidate).isEmpty()) {
            return FlipStatus.REGRESSED;
        }
        if (role == Claim.Role.GUARD) {
            return baseline.equals(candidate) ? FlipStatus.UNCHANGED : FlipStatus.FIXED;
        }
        if (candidate.stream().anyMatch(claimed::contains)) {
            return FlipStatus.STILL_BROKEN;
        }
        return baseline.stream().anyMatch(claimed::contains) ? FlipStatus.FIXED : FlipStatus.UNCHANGED;
    }

    /** Tokens the candidate shows that the baseline did not. */
    public static Set<String> appeared(Set<String> baseline, Set<String> candidate) {
        Set<String> out = new LinkedHashSet<>(candidate);
        out.removeAll(baseline);
        return out;
    }

    /**
     * The cell's status from its two sides: a regression on either side wins, then a claimed finding
     * that is still there, then a fix.
     *
     * @param oracle null when the oracle did not run for this cell (N/A, or not asked)
     * @param oracleDecides the oracle has the last word on a fix (for a prototype: a fix seen only
     *     statically is not a fix of the running handler)
     */
    public static FlipStatus combine(FlipStatus statics, FlipStatus oracle, boolean oracleDecides) {
        if (oracle == null) {
            return statics;
        }
        if (statics == FlipStatus.REGRESSED || oracle == FlipStatus.REGRESSED) {
            return FlipStatus.REGRESSED;
        }
        if (statics == FlipStatus.STILL_BROKEN || oracle == FlipStatus.STILL_BROKEN) {
            return FlipStatus.STILL_BROKEN;
        }
        if (oracleDecides) {
            return oracle;
        }
        return statics == FlipStatus.FIXED || oracle == FlipStatus.FIXED ? FlipStatus.FIXED : FlipStatus.UNCHANGED;
    }
}
