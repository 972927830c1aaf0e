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
 * test: a script that runs {@code iretlab reduce --interesting SPEC FILE} in a fresh JVM per
 * candidate (see {@link Interestingness} for what must be kept).
 */
public final class Reducer {
    /** What a reduction did. {@code tests} counts llvm-reduce's calls of the interestingness test. */
    public record Reduction(Path output, String backend, String function, String kept, int tests, double seconds,
            int linesBefore, int linesAfter, int instructionsBefore, int instructionsAfter) {}

    private final Toolchains toolchains;
    private final Duration timeout;

    public Reducer(Toolchains toolchains, Duration timeout) {
        this.toolchains = toolchains;
        this.timeout = timeout;
    }

    static Path llvmReduce(int major) {
        return LitRunner.bin(major).resolve("llvm-reduce");
    }

    /**
     * @param major the LLVM to reduce with, or null for the newest installed one that shows the finding
     * @param chosen the target (default: the case header's first, or the file's triple; a null triple: the file's)
     */
    public Reduction reduce(Path input, FindingKind kind, Integer major, Target chosen, Path output, Path work) {
        String text = IrSource.read(input).text();
        CorpusCase asCase = HandlerFile.asCase(input, chosen, Set.of(kind));
        CorpusCase c = HandlerFile.plain(input, text, chosen != null ? chosen : asCase.targets().get(0), Set.of(kind));
        Target target = c.targets().get(0);
        List<Integer> majors = new ArrayList<>(major != null ? List.of(major)
                : Toolchains.DEBIAN_MAJORS.stream().filter(m -> m >= LitExporter.OLDEST).toList());
        Collections.reverse(majors);
        List<String> tried = new ArrayList<>();
        for (int m : majors) {
            if (m < LitExporter.OLDEST) {
                throw new InputException("--llvm " + m + ": the reduced IR is opaque-pointer IR, which LLVM " + m
                        + " reads only with a reader flag: use LLVM " + LitExporter.OLDEST + " or newer");
            }
            if (!Files.isExecutable(llvmReduce(m)) || !toolchains.installed().contains("llc-" + m)) {
                if (major != null) {
                    throw new InputException("--llvm " + m + ": no llc or llvm-reduce at " + LitRunner.bin(m)
                            + ": run scripts/setup-toolchains --llc " + m);
                }
                continue;
            }
            try (JudgedCell cell = JudgedCell.compile(toolchains, c, target, "llc-" + m)) {
                for (FunctionVerdict v : cell.verdicts()) {
                    List<Finding> found = JudgedCell.of(v, Set.of(kind));
                    if (!found.isEmpty()) {
                        return run(input, text, target, "llc-" + m, m, v.function(), found.get(0), kind, output, work);
                    }
                }
            }
            tried.add("llc-" + m);
        }
        throw new InputException(input + ": no " + kind.id() + " in any handler with " + (tried.isEmpty() ? "no LLVM " + LitExporter.OLDEST
                + "+ with llc and llvm-reduce installed (scripts/setup-toolchains --llc N)" : String.join(", ", tried))
                + ": nothing to keep while reducing");
    }

    private Reduction run(Path input, String text, Target target, String backend, int major, String function, Finding finding,
            FindingKind kind, Path output, Path work) {
        HandlerShape shape = HandlerShape.of(text, function).orElseThrow(() -> new InputException(input
                + ": @" + function + " is not written as one 'define ... x86_intrcc ... @" + function + "(' line"));
        KeepSpec spec = new KeepSpec(function, shape, target.spec(), backend, kind.id(), finding.assembly());
        try {
            Path specFile = work.resolve("keep.json");
            spec.write(specFile);
            Path log = work.resolve("tests.log");
            Path script = work.resolve("interesting.sh");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(script, "#!/bin/sh\n# llvm-reduce's interestingness test: iretlab judges the candidate (exit 0: interesting).\n"
                    // Each candidate is a fresh JVM that lives about a second: C1 only and the serial
                    // collector cut that by about 40% (measured in docs/upstream.md).
                    + "exec " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp " + quote(System.getProperty("java.class.path"))
                    + " org.iretlab.cli.Main reduce --interesting " + quote(specFile.toString()) + " --log " + quote(log.toString())
                    + " \"$1\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            Path original = Files.writeString(work.resolve("original.ll"), text);
            Interestingness.Verdict baseline = Interestingness.check(spec, original, toolchains);
            if (!baseline.interesting()) {
                throw new IllegalStateException("the input itself is not interesting: " + baseline.why());
            }
            long start = System.nanoTime();
            ExternalProcess.Result r = ExternalProcess.run(List.of(llvmReduce(major).toString(), "--test=" + script,
                    "-o", output.toAbsolutePath().toString(), original.toString()), timeout);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r.timedOut() || r.exitCode() != 0 || !Files.exists(output)) {
                throw new InputException("llvm-reduce " + (r.timedOut() ? "did not finish within " + timeout.toSeconds() + " s"
                        : "failed (exit " + r.exitCode() + ")") + ": " + r.stderr().strip());
            }
            Interestingness.Verdict after = Interestingness.check(spec, output, toolchains);
            if (!after.interesting()) {
                throw new IllegalStateException("llvm-reduce's output is not interesting: " + after.why());
            }
            int tests = Files.exists(log) ? (int) Files.lines(log).count() : 0;
            String reduced = Files.readString(output);
            return new Reduction(output, backend, function, after.why(), tests, seconds, lines(text), lines(reduced),
                    instructions(text), instructions(reduced));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
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
