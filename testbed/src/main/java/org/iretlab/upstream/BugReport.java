package org.iretlab.upstream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.LlcBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.target.Target;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.PlainCase;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.backend.BackendOrder;
import org.iretlab.matrix.Run;
import org.iretlab.oracle.Oracle;
import org.iretlab.report.MarkdownReport;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;
import org.iretlab.asm.AsmFunction;

/**
 * Builds the bug report of a case: the case runs on every target and backend (the outcome table);
 * the newest version that shows the subject is the one whose assembly is shown, marked, and run
 * under the oracle; the newest that compiles without it is the correct reference.
 */
public final class BugReport {
    /** The name of the IR file the command lines read. */
    public static final String IR_FILE = "repro.ll";

    private final Toolchains toolchains;
    private final List<String> backends;
    private final Oracle oracle;

    /** @param oracle runs the buggy code under QEMU, or null to leave that part N/A with the reason */
    public BugReport(Toolchains toolchains, List<String> backends, Oracle oracle) {
        this.toolchains = toolchains;
        this.backends = List.copyOf(backends);
        this.oracle = oracle;
    }

    public ReportBundle build(CorpusCase c, Path workFolder) throws InterruptedException {
        Run run = VersionSweep.run(toolchains, backends, c, workFolder);
        Cell buggy = pickBuggy(c, run);
        Target target = c.targets().stream().filter(t -> t.spec().equals(buggy.target())).findFirst().orElseThrow();
        Set<FindingKind> subject = subject(c, buggy);
        Optional<Cell> correct = run.cells().stream()
                .filter(r -> !r.fixed() && r.target().equals(buggy.target()) && compiled(r) && !shows(c, r))
                .max(byVersion());

        JudgedCell bug = JudgedCell.compile(toolchains, c, target, buggy.backend());
        List<String> marked = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (FunctionVerdict v : bug.verdicts()) {
            List<Finding> mine = JudgedCell.of(v, subject);
            v.findings().stream().filter(f -> !subject.contains(f.kind()))
                    .forEach(f -> others.add("@" + v.function() + ": " + f.describe()));
            if (mine.isEmpty()) {
                continue;
            }
            AsmFunction asm = bug.asm(v.function());
            if (!marked.isEmpty()) {
                marked.add("");
            }
            marked.add(AsmFunction.label(v.function()) + ":");
            marked.addAll(MarkedAssembly.render(asm, bug.decoded().function(v.function()).orElseThrow(), mine));
        }

        List<String> oracleLines = new ArrayList<>();
        String oracleNote;
        if (oracle == null) {
            oracleNote = "N/A: the execution oracle was not asked for (--no-oracle)";
        } else {
            Cell.OracleSide o = bug.pipeline().withOracle(bug.cell(), oracle).oracle();
            o.findings().forEach(f -> oracleLines.add(f.describe()));
            oracleNote = o.outcome() == Outcome.NOT_AVAILABLE ? "N/A: " + o.message()
                    : String.format("%s after %d scenarios under QEMU (%.1f s)%s", o.outcome().label, o.scenarios(), o.seconds(),
                            o.disagreements().isEmpty() ? "" : "; static and dynamic verdicts disagree: "
                                    + String.join("; ", o.disagreements()));
        }
        bug.close();

        List<String> commands = new ArrayList<>(List.of(command(buggy, target)));
        List<String> correctAsm = new ArrayList<>();
        String correctName = null;
        if (correct.isPresent()) {
            correctName = correct.get().backend() + " (LLVM " + correct.get().llvmVersion() + ")";
            commands.add(command(correct.get(), target));
            JudgedCell good = JudgedCell.compile(toolchains, c, target, correct.get().backend());
            good.close();
            for (FunctionVerdict v : bug.verdicts()) {
                if (v.findings().stream().anyMatch(f -> subject.contains(f.kind()))) {
                    AsmFunction.of(good.cell().asm(), v.function()).ifPresent(f -> {
                        correctAsm.add(AsmFunction.label(f.name()) + ":");
                        f.readable().forEach(l -> correctAsm.add(l.instruction() ? "\t" + l.text() : l.text()));
                    });
                }
            }
        }
        return new ReportBundle(c.title(), c.upstream(), summary(c, run, buggy, subject, bug), IrText.withoutHeader(c.text()),
                commands, buggy.backend() + " (LLVM " + buggy.llvmVersion() + ")", marked, others,
                MarkdownReport.resultsTable(run), oracleLines, oracleNote, c.correct(), correctName, correctAsm, c.gcc(),
                PlainCase.isPlain(c) ? PlainCase.HEADER_WOULD_ADD : List.of());
    }

    /** The cell a report is about: the first target showing the subject, on the newest version that shows it (an llc if one does). */
    private Cell pickBuggy(CorpusCase c, Run run) {
        for (Target t : c.targets()) {
            Optional<Cell> cell = run.cells().stream()
                    .filter(r -> !r.fixed() && r.target().equals(t.spec()) && shows(c, r))
                    .max(Comparator.comparing((Cell r) -> r.backend().startsWith("llc-")).thenComparing(byVersion()));
            if (cell.isPresent()) {
                return cell.get();
            }
        }
        String outcomes = run.cells().stream().map(r -> "\n  " + r.target() + " on " + r.backend() + ": " + r.outcome()
                + (r.kinds().isEmpty() ? "" : " " + String.join(" ", r.kinds().stream().map(FindingKind::id).toList()))
                + (r.message() == null ? "" : ": " + r.message().replace("\n", "\n    "))).collect(Collectors.joining());
        throw new InputException(c.file() + ": " + (c.subject().isEmpty() ? "no finding shows on any of "
                : "its subject (" + c.subject().stream().map(FindingKind::id).collect(Collectors.joining(" ")) + ") shows on none of ")
                + String.join(", ", backends) + ", so there is no bug to report; name a backend that shows it"
                + " with --llvm. What each one gave:" + outcomes);
    }

    private static Comparator<Cell> byVersion() {
        return Comparator.comparing(Cell::backend, BackendOrder.COMPARATOR);
    }

    private static Set<FindingKind> subject(CorpusCase c, Cell buggy) {
        if (!c.subject().isEmpty()) {
            return c.subject();
        }
        Set<FindingKind> all = EnumSet.noneOf(FindingKind.class);
        all.addAll(buggy.kinds());
        return all;
    }

    /** The cell shows what the report is about: the case's subject, or for a plain file any finding. */
    static boolean shows(CorpusCase c, Cell r) {
        return c.subject().isEmpty() ? r.outcome() == Outcome.BUG : r.subjectReproduces();
    }

    private static boolean compiled(Cell r) {
        return r.outcome() == Outcome.BUG || r.outcome() == Outcome.OK;
    }

    /** The llc command line of a cell, as a person runs it on the IR of the report. */
    static String command(Cell cell, Target target) {
        int major = Integer.parseInt(cell.llvmVersion().split("\\.")[0]);
        return "llc " + String.join(" ", LlcBackend.arguments(major, target)) + " " + IR_FILE + " -o -"
                + "    # " + cell.backend() + ", LLVM " + cell.llvmVersion();
    }

    private String summary(CorpusCase c, Run run, Cell buggy, Set<FindingKind> subject, JudgedCell bug) {
        List<Cell> cells = run.cells().stream().filter(r -> !r.fixed() && r.target().equals(buggy.target()))
                .sorted(Comparator.comparing(Cell::backend, BackendOrder.COMPARATOR)).toList();
        List<Cell> showingCells = cells.stream().filter(r -> shows(c, r)).toList();
        List<Cell> cleanCells = cells.stream().filter(r -> !shows(c, r) && compiled(r)).toList();
        // A version on both sides (a patched llc beside the release it was built from) is named by its backend.
        Set<String> onBothSides = showingCells.stream().map(Cell::llvmVersion)
                .filter(v -> cleanCells.stream().anyMatch(r -> r.llvmVersion().equals(v))).collect(Collectors.toSet());
        Function<Cell, String> label = r -> onBothSides.contains(r.llvmVersion()) ? r.backend() + " (" + r.llvmVersion() + ")" : r.llvmVersion();
        List<String> showing = showingCells.stream().map(label).distinct().toList();
        List<String> clean = cleanCells.stream().map(label).distinct().toList();
        String kinds = subject.stream().map(k -> k.id() + " (" + k.summary + ")").collect(Collectors.joining(", "));
        Finding first = bug.verdicts().stream().flatMap(v -> v.findings().stream()).filter(f -> subject.contains(f.kind()))
                .findFirst().orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append(InertText.markdown(c.title())).append(". On ").append(InertText.markdown(buggy.target())).append(", LLVM ").append(String.join(", ", showing))
                .append(showing.size() == 1 ? " shows " : " show ").append(kinds).append("; ");
        b.append(clean.isEmpty() ? "no LLVM version run here compiles it correctly"
                : "LLVM " + String.join(", ", clean) + (clean.size() == 1 ? " does" : " do") + " not");
        b.append(". iretlab's static analyser points at `").append(InertText.markdownCode(first.assembly())).append("`: ")
                .append(InertText.markdown(first.reason()))
                .append('.');
        if (!c.wrong().isEmpty()) {
            b.append(" In short: ").append(InertText.markdown(c.wrong().get(0))).append('.');
        }
        return b.toString();
    }
}
