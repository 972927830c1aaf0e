package org.iretlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.oracle.Oracle;
import org.iretlab.upstream.BugReport;
import org.iretlab.upstream.BundleCheck;
import org.iretlab.upstream.BundleMarkdown;
import org.iretlab.upstream.HandlerFile;
import org.iretlab.common.WorkFolder;
import org.iretlab.verdict.FindingKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a bug report for an LLVM or Rust issue (Markdown): a summary, the minimal IR, the llc command "
                + "lines, the offending assembly with the instruction marked, the outcome on every LLVM version, what the "
                + "execution oracle saw, what correct code does and what GCC does.",
                "The report is checked for all of its parts before it is written."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE|FILE", description = "A corpus case (id or name) or a .ll file (with a case header, or a plain handler).")
    String input;

    @Mixin
    LlvmOptions llvm = new LlvmOptions();

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "Where cases are looked up (default: ${DEFAULT-VALUE}).")
    Path corpus;

    /** For a plain .ll file (a case brings its own targets). */
    @Mixin
    TargetChoiceOptions target = new TargetChoiceOptions();

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "For a plain .ll file: the finding kinds the report is about (default: every kind found).")
    List<String> kinds = List.of();

    @Option(names = "--oracle", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the handler under QEMU (default: on; --no-oracle: that part then says N/A).")
    boolean oracle;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Time limit of one compile or boot (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        if (out != null) {
            Arguments.outputFile(out, "-o");
        }
        Toolchains toolchains = llvm.toolchains(timeout);
        List<String> backends = toolchains.resolve(llvm.backendOr("all"));
        CorpusCase c = HandlerFile.isFile(input) ? HandlerFile.asCase(Path.of(input), target.chosenOrNull(), subject())
                : Corpus.find(corpus, input).orElseThrow();
        String markdown;
        try (WorkFolder work = WorkFolder.create("iretlab-report-")) {
            markdown = BundleMarkdown.render(new BugReport(toolchains, backends, oracle ? new Oracle(timeout) : null)
                    .build(c, work.path()));
        }
        List<String> problems = BundleCheck.problems(markdown);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the report of " + c.file() + " is incomplete: " + String.join("; ", problems));
        }
        if (out != null) {
            Arguments.write(out, "-o", markdown);
            spec.commandLine().getOut().println("wrote " + out);
        } else {
            spec.commandLine().getOut().print(markdown);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Set<FindingKind> subject() {
        Set<FindingKind> s = EnumSet.noneOf(FindingKind.class);
        for (String k : kinds) {
            try {
                s.add(FindingKind.byId(k.strip()));
            } catch (IllegalArgumentException e) {
                throw new InputException("--kind " + k + ": " + e.getMessage());
            }
        }
        return s;
    }
}
