package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.backend.Backend;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.explore.ExploreReport;
import org.iretlab.explore.ExploreStore;
import org.iretlab.explore.Explorer;
import org.iretlab.explore.Generators;
import org.iretlab.explore.Reductions;
import org.iretlab.upstream.Reducer;
import org.iretlab.explore.Signature;
import org.iretlab.explore.SignatureClass;
import org.iretlab.explore.Signatures;
import org.iretlab.matrix.RunLock;
import org.iretlab.oracle.Oracle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate interrupt handlers from a seed (descriptions sampled from the builder's space, and corpus "
                + "cases mutated: attributes, triples, features, -O), judge each on every backend of --llvm (and with "
                + "--oracle under QEMU), and keep each distinct problem once: OUT/findings.jsonl, one signature a line, "
                + "classed CRASH, TIMEOUT, DISAGREE, REGRESSION, KNOWN or NEW with a reproducer in OUT/handlers/.",
                "Exit 1 when any signature is not KNOWN."})
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The seed (default: ${DEFAULT-VALUE}): the same seed gives byte-identical handlers.")
    long seed;

    @Option(names = "--count", paramLabel = "N", description = "Handlers to generate (all shards together; default: until --time).")
    Integer count;

    @Option(names = "--time", paramLabel = "LIMIT",
            description = "Stop starting handlers after this long: 90s, 10m, 1h (default: until --count).")
    String time;

    @Mixin
    LlvmOptions llvm = new LlvmOptions();

    @Option(names = {"--oracle"}, negatable = true, defaultValue = "false",
            description = "Also run every handler under QEMU: a quick scenario set, the standard one when anything shows "
                    + "(default: off).")
    boolean oracle;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "explore-run", description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--resume", description = "Continue the run in --out: finished handlers are kept, not judged again.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Judge only handlers I-1, I-1+N, ... (shards of one seed share nothing; each writes its own --out).")
    String shard;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases",
            description = "The cases generator 3 mutates and signatures are classed KNOWN by (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of one compile or QEMU boot (default: ${DEFAULT-VALUE}); over it is TIMEOUT.")
    long timeoutSeconds;

    @Option(names = "--reduce", paramLabel = "N", defaultValue = "0",
            description = "Reduce the reproducers of up to N NEW (and statically found DISAGREE) signatures with llvm-reduce, "
                    + "into OUT/reduced/ (default: ${DEFAULT-VALUE}; each takes minutes).")
    int reduce;

    @Option(names = "--in-process",
            description = "Compile the embedded LLVM's handlers in this JVM instead of a worker JVM: faster, but an LLVM "
                    + "abort on a generated handler then ends the run instead of being its CRASH signature.")
    boolean inProcess;

    @Override
    public Integer call() {
        if (count == null && time == null) {
            throw new InputException("give --count N or --time LIMIT (or both): explore would not stop otherwise");
        }
        if (reduce < 0) {
            throw new InputException("--reduce " + reduce + ": give 0 or more");
        }
        if (count != null && count < 1) {
            throw new InputException("--count " + count + ": give at least 1");
        }
        int[] part = MatrixCommand.parseShard(shard);
        long deadline = time == null ? Long.MAX_VALUE : System.nanoTime() + parseTime(time).toNanos();
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        Toolchains toolchains = llvm.toolchains(timeout);
        List<String> backends = toolchains.resolve(llvm.backendOr("embedded"));
        // The corpus both feeds generator 3 and names KNOWN signatures: without it every finding would read NEW.
        List<CorpusCase> cases = Corpus.load(corpus);
        PrintWriter print = spec.commandLine().getOut();
        Explorer.Ran ran;
        List<CellPipeline> pipelines = new ArrayList<>();
        Generators generators = new Generators(seed, cases);
        ExploreStore.Asked asked = new ExploreStore.Asked(seed, backends, oracle, part[0] + "/" + part[1], count, time,
                generators.settings());
        try (RunLock lock = RunLock.acquire(out, "iretlab explore"); ExploreStore store = ExploreStore.open(out, asked, resume)) {
            for (String name : backends) {
                try {
                    // The handlers are iretlab's own (built or mutated in this process), so no worker needs to read them first.
                    Backend backend = inProcess && name.equals(Toolchains.embeddedName()) ? new InProcessBackend() : toolchains.open(name, false);
                    pipelines.add(new CellPipeline(backend, CheckOptions.defaults(), null));
                } catch (IllegalStateException e) {
                    throw new InputException("--llvm " + name + ": cannot start: " + e.getMessage());
                }
            }
            if (store.doneCount() > 0) {
                print.printf("resuming %s: %d handlers already done%n", out, store.doneCount());
                print.flush();
            }
            long start = System.nanoTime();
            int limit = count == null ? Integer.MAX_VALUE : count;
            try (Progress progress = Progress.start("handlers", count == null ? -1 : (limit - part[0]) / part[1] + 1)) {
                ran = new Explorer(generators, pipelines, oracle ? new Oracle(timeout) : null, progress)
                        .run(store, limit, part[0], part[1], deadline);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Signature> signatures = new Signatures(cases).of(store.all());
            // Written before the reductions too: they take minutes each, and a run stopped during one keeps its signatures.
            store.writeFindings(signatures);
            store.writeReport(ExploreReport.html(store.all(), signatures));
            if (reduce > 0) {
                signatures = new Reductions(new Reducer(toolchains, Duration.ofMinutes(30), p -> { }), print).reduce(signatures, store.all(), out, reduce);
                store.writeFindings(signatures);
                store.writeReport(ExploreReport.html(store.all(), signatures));
            }
            return summary(print, store.doneCount(), ran, seconds, signatures);
        } finally {
            pipelines.forEach(CellPipeline::close);
        }
    }

    private int summary(PrintWriter print, int total, Explorer.Ran ran, double seconds, List<Signature> signatures) {
        print.printf("explore: %d handlers judged now in %.1f s (%.2f handlers/s)%s, %d in %s%n", ran.handlers(), seconds,
                ran.handlers() / Math.max(seconds, 1e-9), ran.outOfTime() ? ", stopped by --time" : "", total, out);
        return signatures(print, signatures, out);
    }

    /**
     * The signatures of an explore folder as a person reads them, and the exit code of a run (or a
     * merge) that found them: 0 when every one is KNOWN or KNOWN_REGRESSION, 1 otherwise.
     */
    static int signatures(PrintWriter print, List<Signature> signatures, Path out) {
        Map<SignatureClass, Integer> byClass = new EnumMap<>(SignatureClass.class);
        signatures.forEach(s -> byClass.merge(s.signatureClass(), 1, Integer::sum));
        print.printf("signatures: %d%s%n", signatures.size(), byClass.isEmpty() ? "" : " (" + String.join(", ",
                byClass.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + ")");
        for (Signature s : signatures) {
            print.printf("  %-10s %-26s %-6s %s [%s%s] LLVM %s, %d handler(s), e.g. %s%s%n", s.signatureClass(), s.kind(), s.side(),
                    s.at().isEmpty() ? "-" : s.at(), s.arch(), s.features().isEmpty() ? "" : " " + s.features(), s.versions(),
                    s.handlers(), s.reproducer(), s.knownCase() == null ? "" : " (case " + s.knownCase() + ")");
            if (s.reduced() != null) {
                print.printf("             reduced: %s%n", s.reduced());
            }
        }
        print.printf("written: %s, %s, %s%n", out.resolve(ExploreStore.FINDINGS), out.resolve(ExploreReport.FILE),
                out.resolve(ExploreStore.HANDLERS));
        print.flush();
        return signatures.stream().allMatch(s -> s.signatureClass() == SignatureClass.KNOWN
                || s.signatureClass() == SignatureClass.KNOWN_REGRESSION) ? ExitCodes.OK : ExitCodes.BUG;
    }

    static Duration parseTime(String text) {
        Matcher m = Pattern.compile("(\\d+)([smh]?)").matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw new InputException("--time " + text + ": give a positive number of seconds, minutes or hours, e.g. 90s, 10m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
