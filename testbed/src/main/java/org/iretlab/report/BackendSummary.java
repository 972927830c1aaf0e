package org.iretlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.verdict.Outcome;

/**
 * One backend's tallies, shared by the terminal summary and the HTML header so both count alike.
 *
 * @param outcomes cells per outcome, every known outcome present (zero included) in a fixed order
 * @param subjectCases cases (without fix passes) where one of the case's subject kinds was found
 * @param subjectCasesAfterFix cases where a subject kind was still found after the fix passes
 */
record BackendSummary(String backend, String llvmVersion, int cells, Map<String, Integer> outcomes,
        int subjectCases, int subjectCasesAfterFix, int differing, boolean hasFixedCells) {

    static List<String> outcomeColumns() {
        List<String> labels = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            labels.add(o.label);
        }
        return labels;
    }

    static List<BackendSummary> of(Run run) {
        List<BackendSummary> out = new ArrayList<>();
        for (String backend : run.backends()) {
            List<Cell> cells = run.cells().stream().filter(c -> c.backend().equals(backend)).toList();
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            outcomeColumns().forEach(o -> outcomes.put(o, 0));
            TreeSet<String> subject = new TreeSet<>();
            TreeSet<String> subjectAfterFix = new TreeSet<>();
            int differing = 0;
            boolean fixed = false;
            for (Cell c : cells) {
                outcomes.merge(c.outcome().label, 1, Integer::sum);
                if (c.subjectReproduces()) {
                    (c.fixed() ? subjectAfterFix : subject).add(c.caseFile());
                }
                if (CellText.differs(c)) {
                    differing++;
                }
                fixed |= c.fixed();
            }
            out.add(new BackendSummary(backend, version(run, backend, cells), cells.size(), outcomes, subject.size(),
                    subjectAfterFix.size(), differing, fixed));
        }
        return out;
    }

    /** The version the cells ran with; the run's request only when no cell says (it cannot differ otherwise). */
    static String version(Run run, String backend, List<Cell> cells) {
        for (Cell c : cells) {
            if (c.llvmVersion() != null && !c.llvmVersion().isEmpty()) {
                return c.llvmVersion();
            }
        }
        String v = run.info().backends() == null ? null : run.info().backends().get(backend);
        return v == null ? "?" : v;
    }

    static String version(Run run, String backend) {
        return version(run, backend, run.cells().stream().filter(c -> c.backend().equals(backend)).toList());
    }
}
