package org.iretlab.patch;

/**
 * One validation a manifest states: a baseline LLVM, a candidate (another LLVM, or the manifest's
 * prototype applied on the baseline), and the status its FIXES cells must show.
 *
 * @param baseline a backend name or an LLVM major (the first installed backend of that major)
 * @param candidate the same, or {@link #PROTOTYPE}
 */
public record Check(String baseline, String candidate, FlipStatus expected, int line) {
    public static final String PROTOTYPE = "prototype";

    public boolean prototype() {
        return candidate.equals(PROTOTYPE);
    }

    public String describe() {
        return baseline + " -> " + candidate + ": " + expected;
    }
}
