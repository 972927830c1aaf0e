package org.iretlab.report;

import static org.iretlab.report.HtmlText.escape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iretlab.backend.BackendOrder;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellKey;
import org.iretlab.cell.Verdict;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/**
 * The run as one self-contained HTML page: a heat map (case x backend), each cell clicking through
 * to its evidence, its assembly (stored once per distinct text) and, where the neighbouring LLVM
 * produced different code, a side-by-side diff. Ids come from cell positions and hashes, and the
 * page carries no timings or dates, so the same run always gives the same bytes.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            h1{margin-top:0}
            table{border-collapse:collapse}
            th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
            table.counts td.n{text-align:right}
            table.heatmap td.cell{min-width:7em}
            table.heatmap td.cell a{color:inherit;text-decoration:none;display:block}
            table.heatmap td.missing{background:#fff;color:#aaa}
            .subject{background:#e06666}
            .other{background:#f6b26b}
            .ok{background:#93c47d}
            .undecided{background:#ffe599}
            .rejected{background:#a4c2f4}
            .crash{background:#8e7cc3;color:#fff}
            .timeout{background:#a61c00;color:#fff}
            .na{background:#d9d9d9}
            .unknown{background:#fff}
            td.differs{outline:3px dashed #000;outline-offset:-3px}
            .differs-marker{font-weight:bold;margin-left:.3em}
            td.step{border-left:4px solid #06c}
            .step-marker{color:#06c;font-weight:bold;margin-right:.3em}
            .fixed-marker{font-size:.8em;background:#444;color:#fff;padding:0 .3em;border-radius:.2em;margin-left:.3em}
            .legend span{display:inline-block;padding:.1em .5em;margin-right:.3em;border:1px solid #ccc}
            article.detail{border-top:1px solid #ccc;padding:.5em 0}
            dl.facts{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}
            dl.facts dt{font-weight:bold}
            dl.facts dd{margin:0}
            pre{background:#f6f6f6;padding:.5em;overflow-x:auto}
            table.sxs td{font-family:monospace;white-space:pre}
            table.sxs tr.del td:first-child,table.sxs tr.chg td:first-child{background:#fdd}
            table.sxs tr.ins td:last-child,table.sxs tr.chg td:last-child{background:#dfd}
            table.sxs tr.fold td{color:#777;text-align:center;font-style:italic}
            del{background:#f99;text-decoration:none}
            ins{background:#9e9;text-decoration:none}
            :target{outline:3px solid #36c}
            .change{font-size:.75em;font-weight:bold;padding:0 .3em;border-radius:.2em;margin-left:.3em;color:#fff}
            .change.new{background:#c00}
            .change.fixed{background:#070}
            td.new{box-shadow:inset 0 0 0 3px #c00}
            small.oracle{display:block;border-top:1px dotted #666;margin-top:.2em}
            small.oracle.differs{font-weight:bold}
            pre.asm.inline mark.flagged{background:#fc0;font-weight:bold}
            form#filter{margin:.5em 0}
            form#filter label{margin-right:1em}
            """;
    /**
     * The filter: hides heat-map rows and cell articles whose case does not contain the text, rows
     * without a cell of the chosen kind, and every column but the chosen backend's. Inline, so the
     * page stays one file that opens without a network.
     */
    private static final String FILTER_JS = """
            (function () {
              var caseBox = document.getElementById('filter-case');
              var kindBox = document.getElementById('filter-kind');
              var backendBox = document.getElementById('filter-backend');
              var changedBox = document.getElementById('filter-changed');
              function kinds(e) { return (e.getAttribute('data-kinds') || '').split(' '); }
              function apply() {
                var text = caseBox.value.trim().toLowerCase(), kind = kindBox.value, backend = backendBox.value;
                var changed = changedBox !== null && changedBox.checked;
                function shows(e) {
                  return (!kind || kinds(e).indexOf(kind) >= 0) && (!backend || e.getAttribute('data-backend') === backend)
                      && (!changed || e.hasAttribute('data-change'));
                }
                document.querySelectorAll('#heatmap tbody tr').forEach(function (row) {
                  var cells = Array.prototype.slice.call(row.querySelectorAll('td[data-kinds]'));
                  row.hidden = row.getAttribute('data-case').toLowerCase().indexOf(text) < 0 || !cells.some(shows);
                });
                document.querySelectorAll('#heatmap [data-backend]').forEach(function (e) {
                  e.hidden = backend !== '' && e.getAttribute('data-backend') !== backend;
                });
                document.querySelectorAll('article.detail').forEach(function (a) {
                  a.hidden = a.getAttribute('data-case').toLowerCase().indexOf(text) < 0 || !shows(a);
                });
              }
              [caseBox, kindBox, backendBox, changedBox].forEach(function (e) {
                if (e !== null) { e.addEventListener('input', apply); e.addEventListener('change', apply); }
              });
              apply();
            })();
            """;

    private final Run run;
    private final RunComparison changes;
    private final Map<CellKey, List<Mark>> marks = new HashMap<>();
    private final Grid grid;
    private final Map<Integer, Grid.Neighbours> diffByRight = new LinkedHashMap<>();
    private final Map<Integer, Grid.Neighbours> diffByLeft = new HashMap<>();
    private final StringBuilder b = new StringBuilder();
    /** Cells whose verdict differs from their left neighbour's (the older LLVM's), by cell index. */
    private final Map<Integer, VersionSteps.Step> stepByRight = new HashMap<>();

    private HtmlReport(Run run, RunComparison changes) {
        this.run = run;
        this.changes = changes;
        if (changes != null) {
            changes.newBugs().forEach(c -> mark(c.key(), "new", "new since the previous run: +" + String.join(" +", c.kinds())));
            changes.newCrashes().forEach(c -> mark(c.key(), "new", "new since the previous run: was " + c.before()));
            changes.fixes().forEach(c -> mark(c.key(), "fixed", "fixed since the previous run: -" + String.join(" -", c.kinds())));
            changes.crashesGone().forEach(c -> mark(c.key(), "fixed", "no longer " + c.before()));
        }
        this.grid = Grid.of(run);
        VersionSteps.of(run, grid).stream().filter(VersionSteps.Step::verdictChanged).forEach(s -> stepByRight.put(s.toCell(), s));
        for (Grid.Neighbours n : grid.differingNeighbours(run)) {
            diffByRight.put(n.right(), n);
            diffByLeft.put(n.left(), n);
        }
    }

    public static String render(Run run) {
        return render(run, null);
    }

    /** The page with what changed since {@code changes}' earlier run marked (null: no earlier run). */
    public static String render(Run run, RunComparison changes) {
        HtmlReport r = new HtmlReport(run, changes);
        r.page();
        return r.b.toString();
    }

    /** A change since the previous run: {@code new} or {@code fixed} (its label and CSS class), and what changed. */
    private record Mark(String kind, String why) {}

    private void mark(CellKey key, String kind, String why) {
        marks.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mark(kind, why));
    }

    private void page() {
        RunInfo info = run.info();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>iretlab matrix: ")
                .append(escape(info.tool())).append(", shard ").append(escape(info.shard())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(info);
        changes();
        filter();
        heatMap();
        details();
        diffs();
        assembly();
        kinds();
        b.append("<script>\n").append(FILTER_JS).append("</script>\n</body>\n</html>\n");
    }

    private void header(RunInfo info) {
        b.append("<header id=\"top\">\n<h1>iretlab matrix</h1>\n");
        b.append("<nav><a href=\"#heatmap\">Heat map</a> · <a href=\"#details\">Cells</a> · <a href=\"#diffs\">Diffs</a>"
                + " · <a href=\"#assembly\">Assembly</a> · <a href=\"#kinds\">Finding kinds</a></nav>\n");
        long cases = run.cells().stream().map(Cell::caseFile).distinct().count();
        b.append("<dl class=\"facts\" id=\"run-info\">\n");
        fact("Tool", escape(info.tool()));
        fact("Backends", backends(info));
        fact("Shard", escape(info.shard()));
        fact("Fix passes", info.passes().isEmpty() ? "none" : escape(String.join(", ", info.passes())));
        fact("Oracle", info.oracle() ? "every cell also ran under QEMU" : "off");
        if (info.made() != null) {
            // The commits, not the date (results.json has it): two runs of the same inputs give the same page.
            fact("Made from", "iretlab " + escape(info.made().toolCommit()) + ", corpus " + escape(info.made().corpusCommit()));
        }
        if (info.unlinted()) {
            fact("Unlinted", "yes: prototypes the lint refuses went to LLVM anyway, to see what it does with them");
        }
        fact("Cells", run.cells().size() + " (" + cases + " cases, " + run.differing().size() + " differ from their expectation)");
        b.append("</dl>\n");

        List<BackendSummary> summaries = BackendSummary.of(run);
        boolean anyFixed = summaries.stream().anyMatch(BackendSummary::hasFixedCells);
        b.append("<table class=\"counts\" id=\"backends\">\n<thead><tr><th>Backend</th><th>LLVM</th><th>Cells</th>");
        for (String o : BackendSummary.outcomeColumns()) {
            b.append("<th>").append(escape(o)).append("</th>");
        }
        b.append("<th title=\"cases where a kind their upstream issue is about was found\">Subject cases</th>");
        if (anyFixed) {
            b.append("<th title=\"cases where a subject kind was still found after the fix passes\">Subject after fix</th>");
        }
        b.append("<th>Differs</th></tr></thead>\n<tbody>\n");
        for (BackendSummary s : summaries) {
            b.append("<tr><th>").append(escape(s.backend())).append("</th><td>").append(escape(s.llvmVersion()))
                    .append("</td><td class=\"n\">").append(s.cells()).append("</td>");
            for (String o : BackendSummary.outcomeColumns()) {
                b.append("<td class=\"n\">").append(s.outcomes().get(o)).append("</td>");
            }
            b.append("<td class=\"n\">").append(s.subjectCases()).append("</td>");
            if (anyFixed) {
                b.append("<td class=\"n\">").append(s.subjectCasesAfterFix()).append("</td>");
            }
            b.append("<td class=\"n\">").append(s.differing()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</header>\n");
    }

    /** Every backend the run was asked for, with its exact version, even one that has no cells in this shard. */
    private static String backends(RunInfo info) {
        if (info.backends() == null || info.backends().isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        info.backends().keySet().stream().sorted(BackendOrder.COMPARATOR)
                .forEach(name -> out.add(escape(name) + " (LLVM " + escape(info.backends().get(name)) + ")"));
        return String.join(", ", out);
    }

    private void fact(String name, String html) {
        b.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** What changed since the previous run, as compare words it; the heat map marks the same cells. */
    private void changes() {
        if (changes == null) {
            return;
        }
        b.append("<section id=\"changes\">\n<h2>Since the previous run</h2>\n<p>Compared with <code>")
                .append(escape(changes.beforeName())).append("</code>: ").append(changes.compared()).append(" cells in both")
                .append(changes.worse() ? "; <b>worse</b>: new bug kinds or crashes" : changes.unchanged() ? "; no changes" : "")
                .append(".</p>\n");
        if (!changes.madeDifferently().isEmpty()) {
            b.append("<p>The runs were made differently (a change may come from these, not from LLVM alone):</p>\n<ul class=\"made\">\n");
            changes.madeDifferently().forEach(l -> b.append("<li>").append(escape(l)).append("</li>\n"));
            b.append("</ul>\n");
        }
        for (RunComparison.Section s : changes.sections()) {
            b.append("<h3>").append(escape(s.title())).append(" (").append(s.lines().size()).append(")</h3>\n<ul>\n");
            s.lines().forEach(l -> b.append("<li>").append(escape(l)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private void filter() {
        TreeSet<String> kinds = new TreeSet<>();
        run.cells().forEach(c -> {
            c.kinds().forEach(k -> kinds.add(k.id()));
            if (c.oracle() != null) {
                c.oracle().kinds().forEach(k -> kinds.add(k.id()));
            }
        });
        b.append("<form id=\"filter\" onsubmit=\"return false\">\n<label>Case <input type=\"search\" id=\"filter-case\" "
                + "placeholder=\"part of a case name\"></label>\n<label>Kind <select id=\"filter-kind\"><option value=\"\">any</option>");
        kinds.forEach(k -> b.append("<option>").append(escape(k)).append("</option>"));
        b.append("</select></label>\n<label>Backend <select id=\"filter-backend\"><option value=\"\">all</option>");
        grid.backends.forEach(n -> b.append("<option>").append(escape(n)).append("</option>"));
        b.append("</select></label>\n");
        if (changes != null) {
            b.append("<label><input type=\"checkbox\" id=\"filter-changed\"> changed since the previous run only</label>\n");
        }
        b.append("</form>\n");
    }

    private void heatMap() {
        b.append("<section id=\"matrix\">\n<h2>Heat map</h2>\n<p class=\"legend\">")
                .append("<span class=\"subject\">subject kind found</span>")
                .append("<span class=\"other\">other findings only</span>")
                .append("<span class=\"ok\">OK</span>")
                .append("<span class=\"undecided\">UNDECIDED</span>")
                .append("<span class=\"rejected\">REJECTED</span>")
                .append("<span class=\"crash\">CRASH</span>")
                .append("<span class=\"timeout\">TIMEOUT</span>")
                .append("<span class=\"na\">N/A</span>")
                .append("<span>≠ differs from the case's expectation</span>")
                .append("<span><span class=\"step-marker\">▶</span>found differs from the older LLVM to the left</span>")
                .append("<span>QEMU: the oracle's outcome</span>")
                .append(changes == null ? "" : "<span><span class=\"change new\">new</span> <span class=\"change fixed\">fixed</span>"
                        + " since the previous run</span>")
                .append("</p>\n");
        b.append("<table class=\"heatmap\" id=\"heatmap\">\n<thead><tr><th>Case</th><th>Target</th>");
        for (String backend : grid.backends) {
            b.append("<th class=\"backend\" data-backend=\"").append(escape(backend)).append("\">").append(escape(backend)).append("<br><small>")
                    .append(escape(BackendSummary.version(run, backend))).append("</small></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Grid.Row row : grid.rows) {
            b.append("<tr class=\"").append(row.key().fixed() ? "row fixed" : "row").append("\" data-case=\"")
                    .append(escape(row.key().caseFile())).append("\"><th scope=\"row\" title=\"")
                    .append(escape(row.title())).append("\">").append(escape(row.key().caseFile()))
                    .append("</th><th scope=\"row\">").append(escape(row.key().target()));
            if (row.key().fixed()) {
                b.append("<span class=\"fixed-marker\" title=\"after the fix passes: ")
                        .append(escape(String.join(", ", run.info().passes()))).append("\">after fix</span>");
            }
            b.append("</th>");
            for (String backend : grid.backends) {
                Integer i = row.cell(backend);
                if (i == null) {
                    b.append("<td class=\"missing\" data-backend=\"").append(escape(backend)).append("\">–</td>");
                } else {
                    heatCell(i, run.cells().get(i));
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private void heatCell(int i, Cell c) {
        boolean differs = CellText.differs(c);
        List<Mark> changed = marks.getOrDefault(c.key(), List.of());
        StringBuilder tip = new StringBuilder(CellText.found(c));
        if (!c.kinds().isEmpty()) {
            tip.append('\n').append(CellText.kindsTooltip(c.kinds()));
        }
        if (differs) {
            tip.append("\ndiffers: expected ").append(CellText.expected(c));
        }
        VersionSteps.Step step = stepByRight.get(i);
        if (step != null) {
            tip.append("\nchanged since ").append(step.from()).append(" (").append(step.fromVersion()).append("): ")
                    .append(step.before());
        }
        if (c.oracle() != null) {
            tip.append("\nunder QEMU: ").append(oracleFound(c.oracle()));
        }
        changed.forEach(m -> tip.append('\n').append(m.why()));
        b.append("<td class=\"cell ").append(CellText.category(c)).append(differs ? " differs" : "").append(step != null ? " step" : "")
                .append(changed.stream().anyMatch(m -> m.kind().equals("new")) ? " new" : "").append("\"")
                .append(cellData(c)).append(changed.isEmpty() ? "" : " data-change").append("><a href=\"#")
                .append(cellId(i)).append("\" title=\"").append(escape(tip.toString())).append("\">");
        if (step != null) {
            b.append("<span class=\"step-marker\">▶</span>");
        }
        b.append(escape(c.outcome().label));
        if (differs) {
            b.append("<span class=\"differs-marker\">≠</span>");
        }
        changed.stream().map(Mark::kind).distinct()
                .forEach(kind -> b.append("<span class=\"change ").append(kind).append("\">").append(kind).append("</span>"));
        for (FindingKind k : c.kinds()) {
            b.append("<br><small>").append(c.subject().contains(k) ? "<b>" + escape(k.id()) + "</b>" : escape(k.id())).append("</small>");
        }
        if (c.oracle() != null) {
            b.append("<small class=\"oracle").append(c.oracleDiffers() ? " differs" : "").append("\">QEMU: ")
                    .append(escape(oracleFound(c.oracle()))).append(c.oracleDiffers() ? " ≠" : "").append("</small>");
        }
        b.append("</a></td>");
    }

    /** The filter's handles on a cell: its case, backend and every kind found statically or under QEMU. */
    private static String cellData(Cell c) {
        TreeSet<String> kinds = new TreeSet<>();
        c.kinds().forEach(k -> kinds.add(k.id()));
        if (c.oracle() != null) {
            c.oracle().kinds().forEach(k -> kinds.add(k.id()));
        }
        return " data-case=\"" + escape(c.caseFile()) + "\" data-backend=\"" + escape(c.backend()) + "\" data-kinds=\""
                + escape(String.join(" ", kinds)) + "\"";
    }

    private static String oracleFound(Cell.OracleSide o) {
        return o.kinds().isEmpty() ? o.outcome().label : o.outcome().label + ": " + CellText.ids(o.kinds());
    }

    private void details() {
        b.append("<section id=\"details\">\n<h2>Cells</h2>\n");
        List<Cell> cells = run.cells();
        for (int i = 0; i < cells.size(); i++) {
            detail(i, cells.get(i));
        }
        b.append("</section>\n");
    }

    private void detail(int i, Cell c) {
        b.append("<article class=\"detail\" id=\"").append(cellId(i)).append("\"").append(cellData(c))
                .append(marks.containsKey(c.key()) ? " data-change" : "").append(">\n<h3>").append(escape(c.key().toString()))
                .append(" <span class=\"").append(CellText.category(c)).append("\">").append(escape(c.outcome().label))
                .append("</span></h3>\n<dl class=\"facts\">\n");
        fact("Case", escape(c.caseFile()) + ": " + escape(c.title()));
        if (!c.upstream().isEmpty()) {
            fact("Upstream", escape(String.join(", ", c.upstream())));
        }
        fact("Subject", c.subject().isEmpty() ? "none" : kindLinks(c.subject()));
        fact("Backend", escape(c.backend()) + ", LLVM " + escape(c.llvmVersion()));
        if (c.fixed()) {
            fact("Fix passes", escape(String.join(", ", c.passes())));
        }
        fact("Found", escape(c.outcome().label) + (c.kinds().isEmpty() ? "" : ": " + kindLinks(c.kinds())));
        fact("Expected", escape(CellText.expected(c)));
        fact("Verdict", "<span class=\"verdict" + (CellText.differs(c) ? " differs" : "") + "\">" + escape(c.verdict().label) + "</span>");
        if (c.message() != null && !c.message().isEmpty()) {
            fact("Message", "<pre class=\"message\">" + escape(c.message()) + "</pre>");
        }
        if (c.asmHash() != null) {
            fact("Assembly", "<a href=\"#" + asmId(c.asmHash()) + "\"><code>" + escape(shortHash(c.asmHash())) + "</code></a>");
        }
        Grid.Neighbours before = diffByRight.get(i);
        if (before != null) {
            fact("Diff", "<a href=\"#" + diffId(before) + "\">against " + escape(run.cells().get(before.left()).backend()) + "</a>");
        }
        Grid.Neighbours after = diffByLeft.get(i);
        if (after != null) {
            fact("Next diff", "<a href=\"#" + diffId(after) + "\">to " + escape(run.cells().get(after.right()).backend()) + "</a>");
        }
        b.append("</dl>\n");
        if (!c.findings().isEmpty()) {
            b.append("<table class=\"findings\"><thead><tr><th>Kind</th><th>At</th><th>Why</th></tr></thead><tbody>\n");
            for (Finding f : c.findings()) {
                b.append("<tr><td>").append(kindLinks(List.of(f.kind()))).append("</td><td><code>").append(escape(f.at()))
                        .append("</code></td><td>").append(escape(f.reason())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
            inlineAssembly(c);
        }
        for (Mark m : marks.getOrDefault(c.key(), List.of())) {
            b.append("<p class=\"change-note\"><span class=\"change ").append(m.kind()).append("\">").append(m.kind())
                    .append("</span> ").append(escape(m.why())).append("</p>\n");
        }
        if (c.oracle() != null) {
            Cell.OracleSide o = c.oracle();
            b.append("<h4>Under QEMU</h4>\n<dl class=\"oracle\">\n");
            fact("Found", escape(o.outcome().label) + (o.kinds().isEmpty() ? "" : ": " + kindLinks(o.kinds())));
            if (o.lazyFp() != null) {
                fact("With CR0.TS=1", escape(o.lazyFp()));
            }
            fact("Expected", escape(o.expected() == null ? "no oracle line for this version" : o.expected().toString()));
            fact("Verdict", "<span class=\"verdict" + (o.verdict() == Verdict.DIFFERS ? " differs" : "") + "\">"
                    + escape(o.verdict().label) + "</span>");
            if (o.message() != null) {
                fact("Message", escape(o.message()));
            }
            for (String d : o.disagreements()) {
                fact("Disagreement", escape(d));
            }
            b.append("</dl>\n");
            for (Finding f : o.findings()) {
                b.append("<p class=\"oracle-finding\">").append(kindLinks(List.of(f.kind()))).append(" <code>")
                        .append(escape(f.at())).append("</code> ").append(escape(f.reason())).append("</p>\n");
            }
        }
        if (!c.passLog().isEmpty()) {
            b.append("<h4>Pass log</h4>\n<pre class=\"passlog\">").append(escape(String.join("\n", c.passLog()))).append("</pre>\n");
        }
        if (!c.warnings().isEmpty()) {
            b.append("<h4>Warnings</h4>\n<ul class=\"warnings\">\n");
            for (String w : c.warnings()) {
                b.append("<li>").append(escape(w)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p><a href=\"#heatmap\">back to the heat map</a></p>\n</article>\n");
    }

    /**
     * The cell's assembly beside its findings, each flagged instruction marked. The stored text is
     * normalised and has no addresses, so an instruction is found by its text: the lines that read
     * the same, else the lines of the same shape (the disassembler prints resolved numbers where the
     * assembly printer names symbols: {@code mulss (%rip)} for {@code mulss .L1(%rip)}). A finding
     * found in neither way is said below the text, never silently dropped.
     */
    private void inlineAssembly(Cell c) {
        String text = run.asm(c);
        if (text == null) {
            return;
        }
        String[] lines = text.split("\n", -1);
        Map<Integer, List<Finding>> flagged = new TreeMap<>();
        List<Finding> unlocated = new ArrayList<>();
        for (Finding f : c.findings()) {
            if (f.address() < 0) {
                continue;
            }
            List<Integer> at = linesReading(lines, f.assembly(), HtmlReport::collapse);
            if (at.isEmpty()) {
                at = linesReading(lines, f.assembly(), HtmlReport::shape);
            }
            if (at.isEmpty()) {
                unlocated.add(f);
            }
            at.forEach(i -> flagged.computeIfAbsent(i, k -> new ArrayList<>()).add(f));
        }
        b.append("<pre class=\"asm inline\">");
        for (int i = 0; i < lines.length; i++) {
            List<Finding> here = flagged.get(i);
            if (here == null) {
                b.append(escape(lines[i]));
            } else {
                b.append("<mark class=\"flagged\" title=\"")
                        .append(escape(String.join("\n", here.stream().map(f -> f.kind().id() + ": " + f.reason()).toList())))
                        .append("\">").append(escape(lines[i])).append("</mark>");
            }
            if (i < lines.length - 1) {
                b.append('\n');
            }
        }
        b.append("</pre>\n");
        for (Finding f : unlocated) {
            b.append("<p class=\"unlocated\">Not found in the text above (the assembly printer writes it otherwise): <code>")
                    .append(escape(f.at())).append("</code></p>\n");
        }
    }

    private static List<Integer> linesReading(String[] lines, String instruction, java.util.function.UnaryOperator<String> form) {
        String wanted = form.apply(instruction);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (form.apply(lines[i]).equals(wanted)) {
                out.add(i);
            }
        }
        return out;
    }

    /** An instruction's text with its spacing made one. */
    private static String collapse(String instruction) {
        return instruction.strip().replaceAll("\\s+", " ");
    }

    /**
     * What the disassembler's and the assembly printer's texts of one instruction share: relocation
     * specifiers and displacements before a base register dropped, a bare memory operand (a symbol
     * or a resolved address) made {@code _}.
     */
    private static String shape(String instruction) {
        String s = collapse(instruction).replaceAll("@[A-Za-z]+", "").replaceAll("[^\\s,(*$%]+(?=\\()", "");
        int space = s.indexOf(' ');
        if (space < 0) {
            return s;
        }
        List<String> operands = new ArrayList<>();
        for (String o : s.substring(space + 1).split(", ")) {
            operands.add(o.matches("\\*?[A-Za-z0-9_.]+") ? "_" : o);
        }
        return s.substring(0, space) + " " + String.join(", ", operands);
    }

    private String kindLinks(Collection<FindingKind> kinds) {
        List<String> links = new ArrayList<>();
        for (FindingKind k : kinds) {
            links.add("<a href=\"#" + HtmlText.id("kind", k.id()) + "\" title=\"" + escape(k.summary) + "\">" + escape(k.id()) + "</a>");
        }
        return String.join(" ", links);
    }

    private void diffs() {
        b.append("<section id=\"diffs\">\n<h2>Assembly diffs between neighbouring backends</h2>\n");
        if (diffByRight.isEmpty()) {
            b.append("<p>No two neighbouring backends produced different assembly for the same case and target.</p>\n");
        }
        Map<String, String> texts = new HashMap<>();
        for (Grid.Neighbours n : diffByRight.values()) {
            Cell left = run.cells().get(n.left());
            Cell right = run.cells().get(n.right());
            b.append("<section class=\"diff\" id=\"").append(diffId(n)).append("\">\n<h3>")
                    .append(escape(left.caseFile())).append(", ").append(escape(CellText.rowLabel(left.target(), left.fixed())))
                    .append(": ").append(escape(left.backend())).append(" → ").append(escape(right.backend())).append("</h3>\n")
                    .append("<p><a href=\"#").append(cellId(n.left())).append("\">").append(escape(left.backend()))
                    .append(": ").append(escape(CellText.found(left))).append("</a> · <a href=\"#").append(cellId(n.right()))
                    .append("\">").append(escape(right.backend())).append(": ").append(escape(CellText.found(right)))
                    .append("</a></p>\n");
            String l = texts.computeIfAbsent(left.asmHash(), h -> run.asm(left));
            String r = texts.computeIfAbsent(right.asmHash(), h -> run.asm(right));
            if (l == null || r == null) {
                b.append("<p>The run folder lacks the assembly of one side.</p>\n");
            } else {
                b.append(SideBySideDiff.table(left.backend() + " (LLVM " + left.llvmVersion() + ")", l,
                        right.backend() + " (LLVM " + right.llvmVersion() + ")", r));
            }
            b.append("</section>\n");
        }
        b.append("</section>\n");
    }

    private void assembly() {
        b.append("<section id=\"assembly\">\n<h2>Normalised assembly</h2>\n");
        Map<String, List<Integer>> users = new LinkedHashMap<>();
        List<Cell> cells = run.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).asmHash() != null) {
                users.computeIfAbsent(cells.get(i).asmHash(), h -> new ArrayList<>()).add(i);
            }
        }
        if (users.isEmpty()) {
            b.append("<p>No cell produced code.</p>\n");
        }
        users.forEach((hash, used) -> {
            b.append("<h3><code>").append(escape(shortHash(hash))).append("</code></h3>\n<p>Used by:");
            for (int i : used) {
                b.append(" <a href=\"#").append(cellId(i)).append("\">").append(escape(cells.get(i).key().toString())).append("</a>");
            }
            b.append("</p>\n");
            String text = run.asm(cells.get(used.get(0)));
            b.append("<pre class=\"asm").append(text == null ? " lost" : "").append("\" id=\"").append(asmId(hash)).append("\">")
                    .append(text == null ? "(the run folder lacks this assembly)" : escape(text)).append("</pre>\n");
        });
        b.append("</section>\n");
    }

    private void kinds() {
        TreeSet<FindingKind> kinds = new TreeSet<>(Comparator.comparing(FindingKind::id));
        for (Cell c : run.cells()) {
            kinds.addAll(c.kinds());
            kinds.addAll(c.subject());
            c.findings().forEach(f -> kinds.add(f.kind()));
        }
        b.append("<section id=\"kinds\">\n<h2>Finding kinds in this run</h2>\n<dl>\n");
        for (FindingKind k : kinds) {
            b.append("<dt id=\"").append(HtmlText.id("kind", k.id())).append("\"><code>").append(escape(k.id())).append("</code></dt>\n<dd>")
                    .append(escape(k.summary)).append(". ").append(escape(k.explanation)).append(" <small>Decided by: ")
                    .append(escape(k.side.name().toLowerCase(Locale.ROOT))).append('.');
            if (k.counterpart() != null) {
                b.append(" Counterpart: ").append(escape(k.counterpart().id())).append('.');
            }
            b.append("</small></dd>\n");
        }
        b.append("</dl>\n</section>\n");
    }

    private static String cellId(int i) {
        return "cell-" + i;
    }

    private static String diffId(Grid.Neighbours n) {
        return "diff-" + n.right();
    }

    private static String asmId(String hash) {
        return HtmlText.id("asm", hash);
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
