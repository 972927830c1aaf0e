package org.iretlab.report;

import org.iretlab.common.InertText;
import org.iretlab.common.Terminal;
import org.iretlab.cell.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;

/** The few lines a person reads in the terminal after a matrix run: per-backend tallies, then what differed. */
public final class TerminalSummary {
    /** Beyond this the list stops being read; the other reports hold every cell. */
    static final int MAX_DIFFERING_LINES = 30;

    private TerminalSummary() {}

    /** The summary, as wide as the terminal ({@link Terminal#width}). */
    public static void print(Run run, PrintWriter out) {
        print(run, out, Terminal.width());
    }

    /** The summary with no line longer than {@code width}. */
    public static void print(Run run, PrintWriter out, int width) {
        RunInfo info = run.info();
        long cases = run.cells().stream().map(Cell::caseFile).distinct().count();
        out.printf("%s, shard %s, fix passes: %s%s; %d cells of %d cases%n", InertText.terminal(info.tool()), InertText.terminal(info.shard()),
                info.passes().isEmpty() ? "none" : String.join(", ", info.passes()), info.unlinted() ? ", unlinted" : "",
                run.cells().size(), cases);
        List<BackendSummary> summaries = BackendSummary.of(run);
        boolean anyFixed = summaries.stream().anyMatch(BackendSummary::hasFixedCells);
        List<String> header = new ArrayList<>(List.of("backend", "LLVM", "cells"));
        header.addAll(BackendSummary.outcomeColumns());
        header.add("subject cases");
        if (anyFixed) {
            header.add("after fix");
        }
        header.add("differs");
        // Names left, numbers right, so columns of counts line up.
        Set<Integer> counts = IntStream.range(2, header.size()).boxed().collect(Collectors.toSet());
        TextTable table = new TextTable(header, counts);
        for (BackendSummary s : summaries) {
            List<String> row = new ArrayList<>(List.of(s.backend(), s.llvmVersion(), String.valueOf(s.cells())));
            BackendSummary.outcomeColumns().forEach(o -> row.add(String.valueOf(s.outcomes().get(o))));
            row.add(String.valueOf(s.subjectCases()));
            if (anyFixed) {
                row.add(String.valueOf(s.subjectCasesAfterFix()));
            }
            row.add(String.valueOf(s.differing()));
            table.add(row);
        }
        table.lines(width).forEach(l -> out.println(InertText.terminal(l)));
        printUnknownOutcomes(summaries, out);

        printVersionSteps(run, out);

        List<Cell> differing = run.differing();
        long noExpectation = run.cells().stream().filter(c -> c.verdict() == Verdict.NO_EXPECTATION).count();
        if (differing.isEmpty() && noExpectation == run.cells().size()) {
            out.printf("%nno cell has an expectation (plain files have none): the counts and steps above are what was found%n");
        } else if (differing.isEmpty()) {
            out.printf("%nevery cell as expected%s%n", noExpectation == 0 ? "" : " (" + noExpectation + " without an expectation)");
        } else {
            out.printf("%n%d cell(s) differ from their expectation:%n", differing.size());
            int shown = Math.min(differing.size(), MAX_DIFFERING_LINES);
            for (int i = 0; i < shown; i++) {
                Cell c = differing.get(i);
                String line = InertText.terminal(c.key().toString()) + ": " + InertText.terminal(CellText.expectedVsFound(c));
                TextTable.hanging(line, width, "  ", "    ").forEach(out::println);
            }
            if (differing.size() > shown) {
                out.printf("  ... and %d more (see report.html)%n", differing.size() - shown);
            }
        }
        out.flush();
    }

    /**
     * Where what a row found changes from one LLVM version to the next (the question of a person
     * with their own handlers); steps where only the code changed are counted, report.html shows them.
     */
    private static void printVersionSteps(Run run, PrintWriter out) {
        List<VersionSteps.Step> steps = VersionSteps.of(run);
        List<VersionSteps.Step> found = steps.stream().filter(VersionSteps.Step::verdictChanged).toList();
        long codeOnly = steps.size() - found.size();
        if (steps.isEmpty()) {
            return;
        }
        out.printf("%nwhere neighbouring LLVM versions differ: %d change what was found, %d only the code (report.html diffs them)%n",
                found.size(), codeOnly);
        int shown = Math.min(found.size(), MAX_DIFFERING_LINES);
        for (int i = 0; i < shown; i++) {
            VersionSteps.Step s = found.get(i);
            out.printf("  %s: %s%n", InertText.terminal(s.rowLabel()), InertText.terminal(s.describe()));
        }
        if (found.size() > shown) {
            out.printf("  ... and %d more (see report.md)%n", found.size() - shown);
        }
    }

    /** An outcome outside the known list (a run from another iretlab) must not vanish from the counts. */
    private static void printUnknownOutcomes(List<BackendSummary> summaries, PrintWriter out) {
        List<String> known = BackendSummary.outcomeColumns();
        for (BackendSummary s : summaries) {
            s.outcomes().forEach((o, n) -> {
                if (!known.contains(o)) {
                    out.printf("%s: %d cell(s) with outcome %s%n", s.backend(), n, o);
                }
            });
        }
    }
}
