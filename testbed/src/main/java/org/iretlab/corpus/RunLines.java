package org.iretlab.corpus;

import java.util.ArrayList;
import java.util.List;
import org.iretlab.target.Target;

/**
 * A case's {@code RUN} lines: for each target, in the case's target order, the llc command iretlab
 * itself runs for it ({@link Target#llcArguments}, the argument list the llc backends and export-lit
 * use too), as LLVM 15 and newer take it: LLVM 13 and 14 need a reader flag for opaque pointers on
 * top, which iretlab adds. {@link ExpectationWriter} writes them; the corpus tests check them with
 * {@link #problems}, so a changed target or argument list cannot leave a stale command behind.
 */
public final class RunLines {
    private static final String KEY = "; RUN: ";

    private RunLines() {}

    /** The RUN line's text (after {@code ; RUN: }) for one target. */
    public static String of(Target target) {
        return "llc " + String.join(" ", target.llcArguments()) + " < %s";
    }

    /** The header lines a case must have, one per target. */
    public static List<String> lines(CorpusCase c) {
        return c.targets().stream().map(t -> KEY + of(t)).toList();
    }

    /**
     * Where a case's RUN lines differ from the derived ones, as {@code file:line: what to write};
     * empty when they are the same, in the same order.
     */
    public static List<String> problems(CorpusCase c) {
        String[] text = c.text().split("\n", -1);
        List<Integer> at = new ArrayList<>();
        int lastTarget = 1;
        for (int i = 0; i < text.length && text[i].startsWith(";"); i++) {
            if (text[i].startsWith(KEY)) {
                at.add(i);
            } else if (text[i].startsWith("; target: ")) {
                lastTarget = i + 1;
            }
        }
        List<String> want = lines(c);
        List<String> out = new ArrayList<>();
        String where = c.file().toString() + ":";
        for (int k = 0; k < Math.max(want.size(), at.size()); k++) {
            if (k >= at.size()) {
                out.add(where + (at.isEmpty() ? lastTarget : at.get(at.size() - 1) + 1) + ": target '"
                        + c.targets().get(k).spec() + "' has no RUN line: write '" + want.get(k) + "'" + REDO);
            } else if (k >= want.size()) {
                out.add(where + (at.get(k) + 1) + ": a RUN line for no target (the case has " + want.size()
                        + "): remove '" + text[at.get(k)] + "'" + REDO);
            } else if (!text[at.get(k)].strip().equals(want.get(k))) {
                out.add(where + (at.get(k) + 1) + ": '" + text[at.get(k)].strip() + "' is not what iretlab runs for target '"
                        + c.targets().get(k).spec() + "': write '" + want.get(k) + "'" + REDO);
            }
        }
        return out;
    }

    private static final String REDO = " (./iretlab reproduce --record writes the RUN lines)";
}
