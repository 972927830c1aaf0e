package org.iretlab.patch;

/**
 * What a candidate LLVM did to one case on one target, compared with the baseline. A prototype's
 * fix is never called FIXED: it shows what a fix would do to the code, not that LLVM does it.
 */
public enum FlipStatus {
    /** The claimed findings are gone on a real LLVM and nothing new appeared. */
    FIXED("FIXED"),
    /** The same, shown by a prototype of the fix's effect (and, where the oracle runs, under it). */
    PROTOTYPE_FIXED("PROTOTYPE-FIXED"),
    /** A finding (or a worse outcome) the baseline did not have. */
    REGRESSED("REGRESSED"),
    /** No claimed finding on either side (for a guard: the same findings on both sides). */
    UNCHANGED("UNCHANGED"),
    /** A claimed finding is still there. */
    STILL_BROKEN("STILL-BROKEN");

    public final String label;

    FlipStatus(String label) {
        this.label = label;
    }

    /** The status spelt as manifests and reports write it, or null. */
    public static FlipStatus byLabel(String label) {
        for (FlipStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
