package org.iretlab.explore;

/**
 * The text of an offending instruction or an LLVM message made comparable across handlers and
 * versions: addresses, offsets, immediates, local labels and generated handler names replaced, so
 * that one problem met in many handlers is one signature. General registers keep their names
 * ({@code %ebx} and {@code %esi} are different problems); vector, MMX and mask registers keep only
 * their class ({@code %xmmN}).
 */
final class Normalise {
    private Normalise() {}

    static String instruction(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\bexplore_\\d+\\b", "HANDLER")
                .replaceAll("\\.L[\\w.$]+", ".L")
                .replaceAll("(?<![%\\w.])-?(0x[0-9a-fA-F]+|\\d+)\\b", "N")
                // One problem with eight vector registers (a spill of all of them) is one signature, not eight.
                .replaceAll("%([xyz]?mm|k)\\d+\\b", "%$1N")
                .replaceAll("\\s+", " ").strip();
    }

    /** An LLVM message's first line, normalised, without the file names iretlab gave it. */
    static String message(String text) {
        if (text == null) {
            return "";
        }
        String first = text.strip().lines().findFirst().orElse("");
        return instruction(first.replaceAll("\\S*explore_\\d+\\.ll\\S*", "FILE").replaceAll("/\\S+", "PATH"));
    }
}
