package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.iretlab.common.InputException;
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
                + "machines) into one run folder, and write its reports.",
                "Every shard 1..N of the same run must be given, unless --partial."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The --out folders of the shards.")
    List<Path> shards = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The merged run's folder (new or empty).")
    Path out;

    @Option(names = "--partial", description = "Merge even when some shards are missing (the report then lacks their cells).")
    boolean partial;

    @Override
    public Integer call() {
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
