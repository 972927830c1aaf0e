package org.iretlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.common.WorkFolder;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.upstream.HandlerFile;
import org.iretlab.upstream.LitExporter;
import org.iretlab.upstream.LitLlc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-lit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a case as an LLVM regression test (RUN: llc ... | FileCheck), proven under the real lit with "
                + "each LLVM version's llc and FileCheck before it is written.",
                "Where an LLVM here compiles the case correctly, the CHECK lines are its output (as update_llc_test_checks.py "
                        + "writes them) and the test fails wherever the bug shows; where none does, targeted CHECK lines say what "
                        + "correct code must contain, and the test fails on every version. Its header says where it passes and fails."})
final class ExportLitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE", description = "A corpus case (id or name), or a .ll file with a case header.")
    String input;

    @Option(names = "--llvm", paramLabel = "BACKEND", description = "The llc whose output becomes the CHECK lines, by backend "
            + "name (llc-N, a user's llc-NAME, worker-N, embedded, or a bare N; for the last three their version's llc is what the "
            + "RUN line runs under lit). Default: the last in --check-on that compiles the case correctly; none: targeted checks. "
            + "It must not show the bug.")
    String reference;

    @Option(names = "--check-on", paramLabel = "LLC", split = ",",
            description = "The llcs the test is run with under lit before it is written: N or llc-N (Debian's), or a user's llc-NAME "
                    + "from the llc configuration, e.g. a patched build beside the release it was built from (default: every "
                    + "Debian llc installed with FileCheck and lit, from " + LitExporter.OLDEST + ").")
    List<String> checkOn;

    @Mixin
    LlcConfigOption llcConfig = new LlcConfigOption();

    /** Which of the case's targets (default: the first on which the bug shows); an unset --triple matches any. */
    @Mixin
    TargetChoiceOptions target = new TargetChoiceOptions();

    @Option(names = "--targeted", description = "Targeted checks even where a correct LLVM exists (the test must then pass on it).")
    boolean targeted;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "Where cases are looked up (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR", description = "Write the test here (a folder gets CASE.ll) instead of to standard output.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Time limit of one compile (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        if (out != null && !Files.isDirectory(out)) {
            Arguments.outputFile(out, "-o");
        }
        CorpusCase c = HandlerFile.isFile(input) ? HandlerFile.asCase(Path.of(input), null, Set.of())
                : Corpus.find(corpus, input).orElseThrow();
        Toolchains toolchains = llcConfig.toolchains(timeout);
        List<LitLlc> on = checkOn != null ? checkOn.stream().map(n -> LitLlc.of(toolchains, n)).distinct().toList() : LitExporter.availableLlcs();
        if (on.isEmpty()) {
            throw new InputException("no LLVM " + LitExporter.OLDEST + " or newer with llc, FileCheck and lit is installed: "
                    + "run scripts/setup-toolchains --llc 16,19 --tools");
        }
        LitExporter.LitExport export;
        try (WorkFolder work = WorkFolder.create("iretlab-lit-")) {
            LitLlc from = reference == null ? null : LitLlc.of(toolchains, reference);
            export = new LitExporter(toolchains).export(c, target.chosenOrNull(), from, targeted, on, work.path());
        }
        if (out == null) {
            spec.commandLine().getOut().print(export.text());
        } else {
            Path file = Files.isDirectory(out) ? out.resolve(export.fileName()) : out;
            Arguments.write(file, "-o", export.text());
            spec.commandLine().getOut().println("wrote " + InertText.terminal(file.toString()) + ": " + export + ".");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
