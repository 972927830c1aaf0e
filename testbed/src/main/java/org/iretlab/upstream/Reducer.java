package org.iretlab.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * Shrinks a handler with llvm-reduce, the one of the LLVM version that shows the finding (so the
 * reduced IR is written by, and readable by, that version), with iretlab as the interestingness
 * test ({@link Interestingness}), served warm from this JVM to a small client script
 * ({@link InterestingnessServer}).
 */
public final class Reducer {
    /**
     * What a reduction did. {@code tests} counts llvm-reduce's calls of the interestingness test;
     * {@code medianTestMillis} is the median time from one answer to the next (what a candidate
     * costs llvm-reduce, its own work included), {@code medianJudgeMillis} the median time iretlab
     * spent judging one.
     */
    public record Reduction(Path output, String backend, String function, String kept, int tests, double seconds,
            int linesBefore, int linesAfter, int instructionsBefore, int instructionsAfter, double medianTestMillis,
            double medianJudgeMillis) {}

    /** Where a running reduction is: candidates tried, how many were interesting, the lines of IR of the smallest so far. */
    public record Progress(int tests, int interesting, int lines) {}

    private final Toolchains toolchains;
    private final Duration timeout;
    private final Consumer<Progress> progress;

    /** @param progress told after each candidate (on another thread) */
    public Reducer(Toolchains toolchains, Duration timeout, Consumer<Progress> progress) {
        this.toolchains = toolchains;
        this.timeout = timeout;
        this.progress = progress;
    }

    static Path llvmReduce(int major) {
        return LitRunner.bin(major).resolve("llvm-reduce");
    }

    /**
     * @param backend the backend to reduce with (its LLVM's llvm-reduce), or null for the newest
     *     installed llc that shows the finding
     * @param chosen the target (default: the case header's first, or the file's triple; a null triple: the file's)
     */
    public Reduction reduce(Path input, FindingKind kind, String backend, Target chosen, Path output, Path work) {
        String text = IrSource.read(input).text();
        CorpusCase asCase = HandlerFile.asCase(input, chosen, Set.of(kind));
        CorpusCase c = HandlerFile.plain(input, text, chosen != null ? chosen : asCase.targets().get(0), Set.of(kind));
        Target target = c.targets().get(0);
        List<String> backends = new ArrayList<>();
        if (backend != null) {
            backends.add(backend);
        } else {
            Toolchains.DEBIAN_MAJORS.stream().filter(m -> m >= LitExporter.OLDEST).forEach(m -> backends.add("llc-" + m));
            Collections.reverse(backends);
        }
        List<String> tried = new ArrayList<>();
        for (String b : backends) {
            int m = LlvmTools.major(b);
            if (m < LitExporter.OLDEST) {
                throw new InputException("--llvm " + b + ": the reduced IR is opaque-pointer IR, which LLVM " + m
                        + " reads only with a reader flag: use LLVM " + LitExporter.OLDEST + " or newer");
            }
            if (!Files.isExecutable(llvmReduce(m)) || !toolchains.installed().contains(b)) {
                if (backend != null) {
                    throw new InputException("--llvm " + b + ": " + (toolchains.installed().contains(b) ? "no llvm-reduce at " + LitRunner.bin(m)
                            : b + " is not installed") + ": run scripts/setup-toolchains --llc " + m + " --tools");
                }
                continue;
            }
            try (JudgedCell cell = JudgedCell.compile(toolchains, c, target, b)) {
                for (FunctionVerdict v : cell.verdicts()) {
                    List<Finding> found = JudgedCell.of(v, Set.of(kind));
                    if (!found.isEmpty()) {
                        return run(input, text, target, b, m, v.function(), found.get(0), kind, output, work);
                    }
                }
            }
            tried.add(b);
        }
        throw new InputException(input + ": no " + kind.id() + " in any handler with " + (tried.isEmpty() ? "no LLVM " + LitExporter.OLDEST
                + "+ with llc and llvm-reduce installed (scripts/setup-toolchains --llc N --tools)" : String.join(", ", tried))
                + ": nothing to keep while reducing");
    }

    private Reduction run(Path input, String text, Target target, String backend, int major, String function, Finding finding,
            FindingKind kind, Path output, Path work) {
        HandlerShape shape = HandlerShape.of(text, function).orElseThrow(() -> new InputException(input
                + ": @" + function + " is not written as one 'define ... x86_intrcc ... @" + function + "(' line"));
        KeepSpec spec = new KeepSpec(function, shape, target.spec(), backend, kind.id(), finding.assembly());
        Tally tally = new Tally(lines(text));
        try (Interestingness test = Interestingness.open(spec, toolchains);
                InterestingnessServer server = InterestingnessServer.start(test, a -> progress.accept(tally.add(a)))) {
            Path script = work.resolve("interesting.sh");
            Files.writeString(script, server.client());
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            Path original = Files.writeString(work.resolve("original.ll"), text);
            Interestingness.Verdict baseline = test.check(original);
            if (!baseline.interesting()) {
                throw new IllegalStateException("the input itself is not interesting: " + baseline.why());
            }
            tally.start();
            ExternalProcess.Result r = ExternalProcess.run(List.of(llvmReduce(major).toString(), "--test=" + script,
                    "-o", output.toAbsolutePath().toString(), original.toString()), timeout);
            double seconds = tally.seconds();
            if (r.timedOut() || r.exitCode() != 0 || !Files.exists(output)) {
                throw new InputException("llvm-reduce " + (r.timedOut() ? "did not finish within " + timeout.toSeconds() + " s"
                        : "failed (exit " + r.exitCode() + ")") + ": " + r.stderr().strip());
            }
            Interestingness.Verdict after = test.check(output);
            if (!after.interesting()) {
                throw new IllegalStateException("llvm-reduce's output is not interesting: " + after.why());
            }
            String reduced = Files.readString(output);
            return new Reduction(output, backend, function, after.why(), tally.tests(), seconds, lines(text), lines(reduced),
                    instructions(text), instructions(reduced), tally.medianIntervalMillis(), tally.medianJudgeMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of IR that are not comments or blank. */
    static int lines(String ir) {
        return (int) ir.lines().filter(l -> !l.isBlank() && !l.strip().startsWith(";")).count();
    }

    /** IR instructions: indented lines inside function bodies that are not labels or comments. */
    static int instructions(String ir) {
        return (int) ir.lines().filter(l -> l.startsWith("  ") && !l.strip().startsWith(";") && !l.strip().endsWith(":")).count();
    }
}
