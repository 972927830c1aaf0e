package org.iretlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;

/**
 * Where neighbouring LLVM versions of one row differ: the question a person running their own
 * handlers asks ("which version changed it"), answered from the backend columns in version order.
 * A step is listed when what the cells found differs, or only their assembly does.
 */
final class VersionSteps {
    /**
     * One step between adjacent backend columns of a row.
     *
     * @param row the case file, or a plain file's {@code file@handler}
     * @param before what the older version's cell found (as reports word it), {@code after} the newer's
     * @param verdictChanged true when what was found differs; false when only the assembly does
     */
    record Step(String row, String target, boolean fixed, String from, String fromVersion, String to, String toVersion,
            String before, String after, boolean verdictChanged, @JsonIgnore int fromCell, @JsonIgnore int toCell) {

        /** The step as one line of text: {@code llc-16 (16.0.6) BUG: x -> llc-19 (19.1.7) OK}. */
        String describe() {
            return from + " (" + fromVersion + ") " + before + " -> " + to + " (" + toVersion + ") "
                    + (verdictChanged ? after : "the same, other code");
        }

        String rowLabel() {
            return row + " | " + CellText.rowLabel(target, fixed);
        }
    }

    private VersionSteps() {}

    static List<Step> of(Run run) {
        return of(run, Grid.of(run));
    }

    static List<Step> of(Run run, Grid grid) {
        List<Step> out = new ArrayList<>();
        for (Grid.Row row : grid.rows) {
            Integer previous = null;
            for (String backend : grid.backends) {
                Integer here = row.cell(backend);
                if (here == null) {
                    continue;
                }
                if (previous != null) {
                    step(run, row, previous, here).ifPresent(out::add);
                }
                previous = here;
            }
        }
        return List.copyOf(out);
    }

    private static Optional<Step> step(Run run, Grid.Row row, int left, int right) {
        Cell l = run.cells().get(left);
        Cell r = run.cells().get(right);
        boolean verdict = !CellText.found(l).equals(CellText.found(r));
        boolean code = l.asmHash() != null && r.asmHash() != null && !l.asmHash().equals(r.asmHash());
        if (!verdict && !code) {
            return Optional.empty();
        }
        return Optional.of(new Step(row.key().caseFile(), row.key().target(), row.key().fixed(), l.backend(),
                l.llvmVersion(), r.backend(), r.llvmVersion(), CellText.found(l), CellText.found(r), verdict, left, right));
    }
}
