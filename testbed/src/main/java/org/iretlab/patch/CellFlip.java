package org.iretlab.patch;

import java.util.Set;
import org.iretlab.target.Target;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.CorpusCase;

/**
 * One case on one target under one check: what the baseline and the candidate showed, the status
 * each side (static, oracle) gives, the cell's status and the one the manifest states.
 *
 * @param oracleStatus null when the oracle did not decide this cell ({@code oracleNote} says why)
 * @param asmDiff the unified diff of the normalised assembly, baseline to candidate ("" when equal)
 */
public record CellFlip(Claim claim, CorpusCase kase, Target target, FlipStatus expected, FlipStatus observed,
        FlipStatus staticStatus, FlipStatus oracleStatus, String oracleNote, Cell baseline, Cell candidate,
        Set<String> baselineTokens, Set<String> candidateTokens, String asmDiff) {

    public boolean asStated() {
        return observed == expected;
    }

    /** A fix the oracle saw: a claimed kind on the baseline under QEMU, none on the candidate. */
    public boolean confirmedByOracle() {
        return oracleStatus == FlipStatus.FIXED;
    }

    public String name() {
        return kase.id() + " [" + target.spec() + "]";
    }
}
