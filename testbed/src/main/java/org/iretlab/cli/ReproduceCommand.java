package org.iretlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.common.Terminal;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Expectation;
import org.iretlab.corpus.ExpectationWriter;
import org.iretlab.corpus.Golden;
import org.iretlab.corpus.Observed;
import org.iretlab.matrix.Provenance;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.oracle.Oracle;
import org.iretlab.report.JUnitReport;
import org.iretlab.report.JsonReport;
import org.iretlab.report.TextTable;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the reproduction corpus (every known upstream x86_intrcc issue) on the embedded LLVM and "
                + "show, per case and target, whether the issue's subject reproduces, what else is found, and "
                + "whether that is what the case expects.",
                "Exit 1 when any cell differs from its expectation."})
final class ReproduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CASE", description = "Case ids or file names (default: all).")
    List<String> selected = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "The case folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--golden", paramLabel = "DIR", defaultValue = "ir-tests/golden",
            description = "Golden normalised assembly (default: ${DEFAULT-VALUE}).")
    Path golden;

    @Option(names = "--bless", description = "Write the golden normalised assembly of every cell run.")
    boolean bless;

    @Option(names = "--record", description = "Write what this LLVM version showed, without and with the fix passes "
            + "(and under QEMU with --oracle), into the cases' headers: expect, after-fix (oracle, oracle-after-fix) lines, "
            + "merged with the other versions' into ranges, targets that agree on one line; the source line names the "
            + "backend. How expectations for a new version are made. Review the change with git diff.")
    boolean record;

    @Option(names = "--oracle", negatable = true, description = "Also run each cell under QEMU (the execution oracle) and compare with the "
            + "case's oracle lines; list where the static and dynamic verdicts disagree (default: off, static verdicts only).")
    boolean oracle;

    @Option(names = "--after-fix", description = "Apply iretlab's fix passes first and compare with the cases' after-fix lines.")
    boolean afterFix;

    @picocli.CommandLine.Mixin
    LlvmOptions llvm = new LlvmOptions();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the cells as JUnit XML (as matrix's junit.xml) for a CI dashboard.")
    Path junit;

    @Option(names = "--results", paramLabel = "FILE", description = "Also write the cells as JSON, in the shape of matrix's results.json "
            + "(--json, elsewhere, prints a command's own answer as JSON).")
    Path json;

    @Override
    public Integer call() {
        // Refused before any cell runs, so a long run is not lost to a file that cannot be written.
        if (junit != null) {
            Arguments.outputFile(junit, "--junit");
        }
        if (json != null) {
            Arguments.outputFile(json, "--results");
        }
        List<CorpusCase> cases = Corpus.load(corpus).stream().filter(this::isSelected).toList();
        if (cases.isEmpty()) {
            throw new InputException("no case matches " + selected + " in " + corpus);
        }
        Provenance made = Provenance.now(corpus);
        String backendName;
        List<Cell> cells = new ArrayList<>();
        int major;
        String version;
        Oracle qemu = oracle ? new Oracle(Duration.ofSeconds(30)) : null;
        try (CellPipeline pipeline = new CellPipeline(llvm.toolchains(Duration.ofSeconds(120))
                .openNameOrPath(llvm.backendOr("embedded"), true), CheckOptions.defaults(), qemu);
                Progress progress = Progress.start("cells", cases.stream().mapToLong(c -> c.targets().size()).sum())) {
            major = pipeline.llvmMajor();
            version = pipeline.llvmVersion();
            backendName = pipeline.backendName();
            Golden goldens = new Golden(golden);
            for (CorpusCase c : cases) {
                List<Cell> plain = new ArrayList<>();
                List<Cell> fixed = new ArrayList<>();
                for (Target t : c.targets()) {
                    progress.item(c.stem() + " " + t);
                    Cell cell = pipeline.run(c, t, afterFix ? CellPipeline.FIX_PASSES : List.of());
                    cells.add(cell);
                    if (bless && !afterFix && cell.asm() != null) {
                        goldens.bless(c, t, version, AsmNormaliser.standard().normaliseToText(cell.asm()));
                    }
                    if (record) {
                        plain.add(afterFix ? pipeline.run(c, t, List.of()) : cell);
                        fixed.add(afterFix ? cell : pipeline.run(c, t, CellPipeline.FIX_PASSES));
                    }
                    progress.step();
                }
                if (record) {
                    write(c, ExpectationWriter.record(c, major, observed(plain, false), observed(fixed, false),
                            observed(plain, true), observed(fixed, true), pipeline.backendName(), version));
                }
            }
        }
        if (junit != null || json != null) {
            Map<String, String> digests = new LinkedHashMap<>();
            cases.forEach(c -> digests.put(c.stem(), c.digest()));
            Run run = Run.unstored(new RunInfo(VersionProvider.toolVersion(), Map.of(backendName, version),
                    cases.stream().map(CorpusCase::stem).toList(), afterFix ? CellPipeline.FIX_PASSES : List.of(), false, "1/1",
                    oracle, digests, made), cells);
            if (junit != null) {
                Arguments.write(junit, "--junit", JUnitReport.render(run));
            }
            if (json != null) {
                Arguments.write(json, "--results", JsonReport.render(run));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        print(cells, major, version, out);
        out.flush();
        if (oracle) {
            printOracle(cells, major, out);
            out.flush();
        }
        boolean oracleDiffers = cells.stream().anyMatch(cell -> cell.oracle() != null && cell.oracle().unexpected());
        return cells.stream().anyMatch(Cell::unexpected) || oracleDiffers ? ExitCodes.BUG : ExitCodes.OK;
    }

    /** What the cells showed, statically or under the oracle (none when it did not run), as header lines record it. */
    private static List<Observed> observed(List<Cell> cells, boolean underOracle) {
        List<Observed> out = new ArrayList<>();
        for (Cell cell : cells) {
            Target target = cell.artifacts().caseTarget();
            if (!underOracle) {
                out.add(new Observed(target, cell.outcome(), Set.copyOf(cell.kinds()), null));
            } else if (cell.oracle() != null) {
                out.add(new Observed(target, cell.oracle().outcome(), Set.copyOf(cell.oracle().kinds()), cell.oracle().lazyFp()));
            }
        }
        return out;
    }

    private static void write(CorpusCase c, String text) {
        try {
            Files.writeString(c.file(), text);
        } catch (IOException e) {
            throw new InputException(c.file() + ": cannot record the expectations: " + e.getMessage());
        }
    }

    private boolean isSelected(CorpusCase c) {
        return selected.isEmpty() || selected.stream().anyMatch(s -> s.equals(c.id()) || s.equals(c.name()) || s.equals(c.stem()));
    }

    private static void print(List<Cell> cells, int major, String version, PrintWriter out) {
        TextTable table = new TextTable(List.of("case", "upstream", "target", "subject", "other findings", "after fix", "expected"),
                Set.of());
        for (Cell cell : cells) {
            CorpusCase c = cell.kase();
            String subject = c.subject().isEmpty() ? "-" : cell.subjectReproduces() ? "yes" : "no";
            Set<FindingKind> others = cell.kinds().stream().filter(k -> !c.subject().contains(k)).collect(Collectors.toSet());
            String found = switch (cell.outcome()) {
                case OK, BUG, UNDECIDED -> others.isEmpty() ? "-" : others.stream().map(FindingKind::id).sorted().collect(Collectors.joining(" "));
                default -> cell.outcome().label;
            };
            String expected = cell.expectation().map(e -> (cell.unexpected() ? "DIFFERS: " + describe(e) : "as expected"))
                    .orElse("DIFFERS: no expectation for llvm=" + major + " (found: " + (cell.kinds().isEmpty()
                            ? cell.outcome().label : cell.kinds().stream().map(FindingKind::id).sorted().collect(Collectors.joining(" "))) + ")");
            String upstream = c.upstream().isEmpty() ? "-" : c.upstream().get(0).split(",")[0].replace("llvm/llvm-project", "llvm");
            String afterFix = c.afterFix(cell.caseTarget(), major).map(e -> afterFix(c, e)).orElse("-");
            table.add(List.of(c.stem(), upstream, cell.target().toString(), subject, found, afterFix, expected));
        }
        table.lines(Terminal.width()).forEach(out::println);
        long withSubject = cells.stream().map(Cell::kase).distinct().filter(c -> !c.subject().isEmpty()).count();
        long reproduce = cells.stream().filter(Cell::subjectReproduces).map(Cell::kase).distinct().count();
        long fixedHere = cells.stream().filter(cell -> !cell.kase().subject().isEmpty() && !cell.subjectReproduces()
                && cell.kase().expectations().stream().anyMatch(e -> e.target().equals(cell.caseTarget())
                        && e.versions().max() < major && e.kinds().stream().anyMatch(cell.kase().subject()::contains)))
                .map(Cell::kase).distinct().count();
        long fixedByPasses = cells.stream().filter(cell -> cell.subjectReproduces()
                && cell.kase().afterFix(cell.caseTarget(), major).map(e -> e.kinds().stream().noneMatch(cell.kase().subject()::contains)).orElse(false))
                .map(Cell::kase).distinct().count();
        long unexpected = cells.stream().filter(Cell::unexpected).count();
        paragraph(out, String.format("%d cases, %d cells on LLVM %s: the subject reproduces in %d of %d cases with a subject; "
                + "%d fixed in this LLVM version; %d fixed by our passes; %d cells differ from their expectation",
                cells.stream().map(Cell::kase).distinct().count(), cells.size(), version, reproduce, withSubject,
                fixedHere, fixedByPasses, unexpected));
    }

    /** The oracle's cells: its kinds, against the case's oracle line, and where it disagrees with the static verdict. */
    private static void printOracle(List<Cell> cells, int major, PrintWriter out) {
        out.println();
        TextTable table = new TextTable(List.of("oracle (QEMU)", "target", "outcome", "kinds", "expected"), Set.of());
        int scenarios = 0;
        double seconds = 0;
        for (Cell cell : cells) {
            Cell.OracleSide o = cell.oracle();
            scenarios += o.scenarios();
            seconds += o.seconds();
            String found = o.kinds().isEmpty() ? (o.outcome() == Outcome.NOT_AVAILABLE ? "-" : "none")
                    : o.kinds().stream().map(FindingKind::id).sorted().collect(Collectors.joining(" "));
            found += o.lazyFp() == null ? "" : Expectation.LAZY_FP + o.lazyFp();
            String expected = o.expectation().map(e -> o.unexpected() ? "DIFFERS: " + describe(e) : "as expected")
                    .orElse("DIFFERS: no oracle line for llvm=" + major);
            table.add(List.of(cell.kase().stem(), cell.target().toString(), o.outcome().label, found,
                    expected + (o.outcome() == Outcome.NOT_AVAILABLE ? " (" + o.message() + ")" : "")));
            o.disagreements().forEach(d -> table.add(List.of("", "", "", "", "disagreement: " + d)));
        }
        table.lines(Terminal.width()).forEach(out::println);
        long differ = cells.stream().filter(c -> c.oracle().unexpected()).count();
        long disagree = cells.stream().filter(c -> !c.oracle().disagreements().isEmpty()).count();
        paragraph(out, String.format("oracle: %d scenarios in %.1f s of QEMU; %d cells differ from their oracle line; static and dynamic "
                + "verdicts disagree in %d cells", scenarios, seconds, differ, disagree));
    }

    /** A blank line, then {@code text} wrapped to the terminal's width. */
    private static void paragraph(PrintWriter out, String text) {
        out.println();
        TextTable.hanging(text, Terminal.width(), "", "").forEach(out::println);
    }

    /**
     * What the fix passes are expected to make of the cell: its outcome where they end without code (REJECTED,
     * N/A, CRASH), else whether the subject is gone; "-" for a case without a subject.
     */
    private static String afterFix(CorpusCase c, Expectation e) {
        if (e.outcome() != Outcome.OK && e.outcome() != Outcome.BUG && e.outcome() != Outcome.UNDECIDED) {
            return e.outcome().label;
        }
        if (c.subject().isEmpty()) {
            return "-";
        }
        return e.kinds().stream().anyMatch(c.subject()::contains) ? "not fixed" : "fixed";
    }

    private static String describe(Expectation e) {
        return e.versions() + " expects " + (e.kinds().isEmpty() ? e.outcome().label
                : e.kinds().stream().map(FindingKind::id).collect(Collectors.joining(" ")))
                + (e.lazyFp() == null ? "" : Expectation.LAZY_FP + e.lazyFp());
    }
}
