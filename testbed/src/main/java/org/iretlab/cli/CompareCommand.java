package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iretlab.matrix.Run;
import org.iretlab.report.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What changed between two matrix runs (e.g. last night's and tonight's): new bugs, fixes, "
                + "crashes, other outcome changes and assembly changes, cell by cell.",
                "Runs made differently (iretlab or corpus commit, a backend's LLVM version, --pass, --oracle) say so first; "
                        + "only cells both ran alike are compared: those of cases edited between the runs, and after-fix cells "
                        + "when the fix passes differ, are listed as left out.",
                "Exit 1 when RUN_B has a new bug kind or a new crash or time-out."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The earlier run's folder.")
    Path before;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The later run's folder.")
    Path after;

    @Option(names = "--markdown", description = "Print Markdown (for an issue or a CI summary) instead of text.")
    boolean markdown;

    @Override
    public Integer call() {
        RunComparison c = RunComparison.compare(Run.load(before), Run.load(after));
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(c.markdown());
        } else {
            c.print(out);
        }
        out.flush();
        return c.worse() ? ExitCodes.BUG : ExitCodes.OK;
    }
}
