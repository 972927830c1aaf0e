package org.iretlab.report;

import org.iretlab.verdict.FindingKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;

/**
 * The run as Markdown for pasting into an upstream issue: which LLVM versions show which kinds on
 * which case, the subject kinds (what the issue is about) in bold.
 */
public final class MarkdownReport {
    private static final String DIFFERS_MARK = " †";

    private MarkdownReport() {}

    public static String render(Run run) {
        RunInfo info = run.info();
        Grid grid = Grid.of(run);
        StringBuilder b = new StringBuilder();
        b.append("## iretlab matrix\n\n");
        b.append("Tool: ").append(MarkdownText.escape(info.tool())).append(" · shard ").append(MarkdownText.escape(info.shard()))
                .append(info.unlinted() ? " · unlinted (prototypes the lint refuses went to LLVM anyway)" : "")
                .append(" · ").append(run.cells().size()).append(" cells\n\n");

        if (!grid.rows(false).isEmpty()) {
            b.append("### Results\n\n");
            table(run, grid, grid.rows(false), b);
        }
        if (!grid.rows(true).isEmpty()) {
            b.append("### After the fix passes (").append(MarkdownText.escape(String.join(", ", info.passes()))).append(")\n\n");
            table(run, grid, grid.rows(true), b);
        }
        b.append("**Bold**: a kind the case's upstream issue is about.").append(DIFFERS_MARK)
                .append(": differs from what the case expects for that LLVM version. –: not run.\n\n");

        List<VersionSteps.Step> steps = VersionSteps.of(run, grid);
        if (!steps.isEmpty()) {
            b.append("### Where neighbouring LLVM versions differ\n\n| Row | Target | From | To | Found before | Found after |\n"
                    + "|---|---|---|---|---|---|\n");
            for (VersionSteps.Step s : steps) {
                b.append("| ").append(MarkdownText.escape(s.row())).append(" | ")
                        .append(MarkdownText.escape(CellText.rowLabel(s.target(), s.fixed()))).append(" | ")
                        .append(MarkdownText.escape(s.from() + " " + s.fromVersion())).append(" | ")
                        .append(MarkdownText.escape(s.to() + " " + s.toVersion())).append(" | ")
                        .append(MarkdownText.escape(s.before())).append(" | ")
                        .append(s.verdictChanged() ? MarkdownText.escape(s.after()) : "the same (other code)").append(" |\n");
            }
            b.append('\n');
        }

        List<Cell> differing = run.differing();
        b.append("### Cells that differ from their expectation\n\n");
        if (differing.isEmpty()) {
            b.append("None.\n\n");
        } else {
            for (Cell c : differing) {
                b.append("- ").append(MarkdownText.escape(c.key().toString())).append(": expected ")
                        .append(MarkdownText.escape(CellText.expected(c))).append(", found ")
                        .append(MarkdownText.escape(CellText.found(c)));
                if (c.message() != null && !c.message().isBlank()) {
                    b.append(" (").append(MarkdownText.escape(c.message())).append(')');
                }
                b.append('\n');
            }
            b.append('\n');
        }

        b.append("### Cases\n\n");
        Map<String, Cell> firstOfCase = new LinkedHashMap<>();
        run.cells().forEach(c -> firstOfCase.putIfAbsent(c.caseFile(), c));
        firstOfCase.forEach((file, c) -> {
            b.append("- ").append(MarkdownText.escape(file)).append(": ").append(MarkdownText.escape(c.title()));
            if (!c.upstream().isEmpty()) {
                b.append(" (upstream: ").append(MarkdownText.escape(String.join(", ", c.upstream()))).append(')');
            }
            if (!c.subject().isEmpty()) {
                b.append("; subject: ").append(MarkdownText.escape(String.join(", ", c.subject().stream().map(FindingKind::id).toList())));
            }
            b.append('\n');
        });
        return b.toString();
    }

    /** The results table alone (cells without the fix passes), e.g. for a bug report across versions. */
    public static String resultsTable(Run run) {
        Grid grid = Grid.of(run);
        StringBuilder b = new StringBuilder();
        table(run, grid, grid.rows(false), b);
        return b.toString();
    }

    private static void table(Run run, Grid grid, List<Grid.Row> rows, StringBuilder b) {
        b.append("| Case | Target |");
        for (String backend : grid.backends) {
            b.append(' ').append(MarkdownText.escape(backend)).append(" (")
                    .append(MarkdownText.escape(BackendSummary.version(run, backend))).append(") |");
        }
        b.append("\n|---|---|");
        b.append("---|".repeat(grid.backends.size()));
        b.append('\n');
        for (Grid.Row row : rows) {
            b.append("| ").append(MarkdownText.escape(row.key().caseFile())).append(" | ")
                    .append(MarkdownText.escape(row.key().target())).append(" |");
            for (String backend : grid.backends) {
                Integer i = row.cell(backend);
                b.append(' ').append(i == null ? "–" : cell(run.cells().get(i))).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }

    static String cell(Cell c) {
        StringBuilder b = new StringBuilder(MarkdownText.escape(c.outcome().label));
        if (!c.kinds().isEmpty()) {
            b.append(':');
            for (FindingKind k : c.kinds()) {
                String kind = MarkdownText.escape(k.id());
                b.append(' ').append(c.subject().contains(k) ? "**" + kind + "**" : kind);
            }
        }
        if (CellText.differs(c)) {
            b.append(DIFFERS_MARK);
        }
        return b.toString();
    }
}
