package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.iretlab.common.InputException;
import org.iretlab.corpus.Corpus;
import org.iretlab.explore.ExploreMerge;
import org.iretlab.explore.ExploreStore;
import org.iretlab.matrix.RunLock;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunStore;
import org.iretlab.matrix.ShardMerge;
import org.iretlab.report.Reports;
import org.iretlab.report.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the results of `iretlab matrix --shard I/N` runs (e.g. from a CI job matrix on several "
                + "machines) into one run folder, and write its reports; or the folders of `iretlab explore --shard I/N` "
                + "runs (recognised by their explore.json) into one explore folder, its signatures computed over all "
                + "their handlers.",
                "Every shard 1..N of the same run must be given, unless --partial."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The --out folders of the shards.")
    List<Path> shards = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The merged run's folder (new or empty).")
    Path out;

    @Option(names = "--partial", description = "Merge even when some shards are missing (the report then lacks their cells; "
            + "`explore --resume` on a partial explore merge judges their handlers).")
    boolean partial;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases",
            description = "Explore shards only: the cases signatures are classed KNOWN by, as explore's --corpus "
                    + "(default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Override
    public Integer call() {
        List<Path> explore = shards.stream().filter(s -> Files.exists(s.resolve(ExploreStore.INFO))).toList();
        if (!explore.isEmpty() && explore.size() < shards.size()) {
            List<Path> others = shards.stream().filter(s -> !explore.contains(s)).toList();
            throw new InputException("explore folders (" + join(explore) + ") and others (" + join(others) + ", no "
                    + ExploreStore.INFO + "): merge the shards of one matrix or of one explore command at a time");
        }
        return explore.isEmpty() ? matrix() : explore();
    }

    private Integer explore() {
        ExploreMerge.Merged merged;
        try (RunLock lock = RunLock.acquire(out, "iretlab merge")) {
            merged = ExploreMerge.merge(shards, out, partial, Corpus.load(corpus));
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("merged %d of %d explore shard(s) %s, %d handlers into %s%s%n", merged.shards().size(), merged.of(),
                merged.shards(), merged.results().size(), out, merged.complete() ? ""
                        : " (partial: `explore --resume -o " + out
                        + "` with the shards' --seed, --llvm, --oracle and limits judges the missing shards' handlers there)");
        return ExploreCommand.signatures(pw, merged.signatures(), out);
    }

    private static String join(List<Path> folders) {
        return String.join(", ", folders.stream().map(Path::toString).toList());
    }

    private Integer matrix() {
        List<Run> runs = shards.stream().map(Run::load).toList();
        Run merged = ShardMerge.merge(runs, out, partial);
        PrintWriter pw = spec.commandLine().getOut();
        List<Path> written = Reports.writeAll(merged, out);
        TerminalSummary.print(merged, pw);
        pw.printf("%nmerged %d shard(s), %d cells into %s; reports: %s%n", runs.size(), merged.cells().size(), out,
                String.join(", ", written.stream().map(Path::toString).toList()));
        pw.flush();
        return merged.differing().isEmpty() ? ExitCodes.OK : ExitCodes.BUG;
    }
}
