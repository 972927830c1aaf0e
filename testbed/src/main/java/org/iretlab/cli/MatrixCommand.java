package org.iretlab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.InputException;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.matrix.BitcodeText;
import org.iretlab.matrix.MatrixInputs;
import org.iretlab.matrix.MatrixRunner;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.Provenance;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunLock;
import org.iretlab.matrix.RunStore;
import org.iretlab.oracle.Oracle;
import org.iretlab.passes.Passes;
import org.iretlab.report.Reports;
import org.iretlab.report.TerminalSummary;
import org.iretlab.target.Target;
import org.iretlab.verdict.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "matrix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the corpus, or your own handler files, on many LLVM versions: every case x target x backend, "
                + "without and with the fix passes, in parallel. Each cell is stored as it ends (OUT/cells.jsonl), so a "
                + "killed run continues with --resume; at the end the reports are written to OUT (report.html, report.md, "
                + "results.json, junit.xml) and a summary printed, with where neighbouring LLVM versions differ.",
                "Plain handler files (.ll/.bc without a case header) and folders of them: each x86_intrcc function is a "
                + "row on the file's own triple (or --triple/--cpu/--mattr/-O); its cells have no expectation and show "
                + "what they found.",
                "Exit 1 when a cell differs from its case's expectation; 3 when a plain file's cell CRASHed or hit "
                + "--timeout (3 wins over 1); a finding in a plain file alone exits 0: "
                + "`iretlab check` is the command whose exit says a bug was found."})
final class MatrixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LlvmOptions llvm = new LlvmOptions();

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Your own .ll/.bc files or folders of them, instead of the corpus (--corpus).")
    List<Path> files = new ArrayList<>();

    /** For plain files only: the target their rows are compiled for (default: each file's own triple). */
    @Mixin
    TargetChoiceOptions target = new TargetChoiceOptions();

    @Option(names = "--cases", paramLabel = "CASE", split = ",", description = "Case ids or file names (default: all).")
    List<String> selected = new ArrayList<>();

    @Option(names = "--pass", paramLabel = "NAME", split = ",",
            description = "The fix passes of the with-passes cells (default: all of iretlab's), or none.")
    List<String> passes;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", description = "Parallel cells (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Run only the I-th of N equal parts of the cells (join the parts with `iretlab merge`).")
    String shard;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "matrix-run", description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--resume", description = "Continue the run in --out: finished cells are kept, not recomputed.")
    boolean resume;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "The case folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of one compile (default: ${DEFAULT-VALUE}); a cell over it is TIMEOUT.")
    long timeoutSeconds;

    @Option(names = "--in-process",
            description = "Run the embedded LLVM's cells in this JVM instead of a worker JVM (faster; the lint still "
                    + "refuses what would abort LLVM, and --skip-prototype-check is then refused).")
    boolean inProcess;

    @Option(names = "--skip-prototype-check",
            description = "Send even prototypes byval-frame-check refuses to LLVM, to record how each version fails "
                    + "(CRASH cells: every backend runs in a child process).")
    boolean unlinted;

    @Option(names = "--oracle", negatable = true, description = "Also run every cell under QEMU (the execution oracle) and compare with the "
            + "cases' oracle lines (default: off, static verdicts only).")
    boolean oracle;

    @Option(names = "--previous", paramLabel = "DIR", description = "An earlier run's folder (e.g. last night's): report.html "
            + "marks the cells with new and fixed bugs since it and lists the changes, as `iretlab compare` does.")
    Path previous;

    @Override
    public Integer call() throws InterruptedException {
        // Read first: a previous run that cannot be read is refused before hours of cells, not after.
        Run before = previous == null ? null : Run.load(previous);
        if (jobs < 1) {
            throw new InputException("--jobs " + jobs + ": give at least 1");
        }
        if (inProcess && unlinted) {
            throw new InputException("--in-process with --skip-prototype-check would let LLVM's fatal errors end this "
                    + "process: drop one of them");
        }
        int[] part = parseShard(shard);
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        Toolchains toolchains = llvm.toolchains(timeout);
        List<String> backends = toolchains.resolve(llvm.backendOr("all"));
        List<String> fixPasses = passes == null ? CellPipeline.FIX_PASSES
                : passes.equals(List.of("none")) ? List.of() : passes;
        Passes.byNames(fixPasses, false);
        List<MatrixInputs.Input> inputs = inputs(timeout).stream().filter(i -> isSelected(i.kase())).toList();
        if (inputs.isEmpty()) {
            throw new InputException("--cases " + selected + ": no such case in " + (files.isEmpty() ? corpus : files));
        }
        List<CorpusCase> cases = inputs.stream().map(MatrixInputs.Input::kase).toList();
        Map<String, String> digests = new LinkedHashMap<>();
        cases.forEach(c -> digests.put(c.stem(), c.digest()));
        RunInfo info = new RunInfo(VersionProvider.toolVersion(), versions(toolchains, backends),
                cases.stream().map(CorpusCase::stem).toList(), fixPasses, unlinted, part[0] + "/" + part[1], oracle, digests,
                Provenance.now(corpus));
        PrintWriter print = spec.commandLine().getOut();
        MatrixRunner runner = new MatrixRunner(toolchains, fixPasses, jobs, unlinted, inProcess,
                oracle ? new Oracle(timeout) : null);
        List<MatrixRunner.Task> tasks = runner.tasks(inputs, backends, part[0], part[1]);
        int ran;
        long start = System.nanoTime();
        // One writer from the first cell to the last report: a second matrix on this --out is refused.
        try (RunLock lock = RunLock.acquire(out, "iretlab matrix")) {
            try (RunStore store = RunStore.open(out, info, resume)) {
                if (!store.edited().isEmpty()) {
                    print.printf("resuming %s: %s edited since, %s cells run again%n", out, String.join(", ", store.edited()),
                            store.edited().size() == 1 ? "its" : "their");
                }
                if (store.doneCount() > 0) {
                    print.printf("resuming %s: %d cells already done%n", out, store.doneCount());
                }
                ran = runner.run(tasks, store);
            }
            return report(out, print, ran, (System.nanoTime() - start) / 1e9, MatrixRunner.cells(tasks), inputs, before);
        }
    }

    private int report(Path out, PrintWriter print, int ran, double seconds, int inShard, List<MatrixInputs.Input> inputs,
            Run before) {
        Run run = Run.load(out);
        List<Path> written = Reports.writeAll(run, out, before);
        TerminalSummary.print(run, print);
        if (oracle) {
            var underQemu = run.cells().stream().filter(c -> c.oracle() != null).toList();
            print.printf("%noracle: %d cells under QEMU (%d N/A), %d differ from their oracle line, static and dynamic "
                    + "verdicts disagree in %d%n", underQemu.size(), underQemu.stream().filter(c -> c.oracle().outcome() == Outcome.NOT_AVAILABLE).count(),
                    underQemu.stream().filter(Cell::oracleDiffers).count(),
                    underQemu.stream().filter(c -> !c.oracle().disagreements().isEmpty()).count());
        }
        print.printf("%n%d cells run now (%.1f s, %d jobs), %d in this shard; reports: %s%n", ran, seconds, jobs, inShard,
                String.join(", ", written.stream().map(Path::toString).toList()));
        print.flush();
        // A plain file's cell has no expectation to differ from; LLVM not finishing one still leaves a hole in the table.
        boolean plainDidNotFinish = run.cells().stream().anyMatch(c -> inputs.stream().anyMatch(i -> i.hasRow(c.caseFile()))
                && (c.outcome() == Outcome.CRASH || c.outcome() == Outcome.TIMEOUT));
        return ExitCodes.combine(run.differing().isEmpty() ? ExitCodes.OK : ExitCodes.BUG,
                plainDidNotFinish ? ExitCodes.CRASH : ExitCodes.OK);
    }

    /** The corpus, or the files and folders given (with the target options for plain files). */
    private List<MatrixInputs.Input> inputs(Duration timeout) {
        Target chosen = target.chosenOrNull();
        if (files.isEmpty()) {
            if (chosen != null) {
                throw new InputException("--triple, --cpu, --mattr, -O and the other target options are for your own files (matrix FILE|DIR ...): "
                        + "the corpus's cases name their targets in their headers");
            }
            return Corpus.load(corpus).stream().map(MatrixInputs.Input::ofCase).toList();
        }
        try (BitcodeText bitcode = new BitcodeText(timeout)) {
            return MatrixInputs.load(files, chosen, bitcode);
        }
    }

    /** Each backend's exact version, as every cell records it; starting each one shows it can run. */
    private static Map<String, String> versions(Toolchains toolchains, List<String> backends) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String name : backends) {
            try (Backend b = toolchains.open(name, true)) {
                versions.put(name, b.llvmVersion());
            } catch (IllegalStateException e) {
                throw new InputException("--llvm " + name + ": cannot start: " + e.getMessage());
            }
        }
        return versions;
    }

    private boolean isSelected(CorpusCase c) {
        return selected.isEmpty() || selected.stream().anyMatch(s -> s.equals(c.id()) || s.equals(c.name()) || s.equals(c.stem()));
    }

    static int[] parseShard(String text) {
        var m = Pattern.compile("(\\d+)/(\\d+)").matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(1)) < 1
                || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw new InputException("--shard " + text + ": write I/N with 1 <= I <= N, e.g. --shard 2/4");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
