package org.iretlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.upstream.LlvmTools;
import org.iretlab.upstream.Reducer;
import org.iretlab.common.WorkFolder;
import org.iretlab.verdict.FindingKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shrink a handler that shows a finding with llvm-reduce (the one of the LLVM version that shows it), "
                + "iretlab being the interestingness test: the same function, still x86_intrcc with the same prototype, the same "
                + "triple and features, and the same finding kind at a corresponding instruction (the same mnemonic; for a call, the same callee)."})
final class ReduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .ll file (a corpus case or a plain handler).")
    Path file;

    @Option(names = "--keep", paramLabel = "KIND", description = "The finding kind the reduced handler must still show.")
    String keep;

    @Option(names = "--llvm", paramLabel = "BACKEND", description = "Reduce on this backend with its LLVM's llvm-reduce: llc-N, "
            + "worker-N, embedded, or a bare N for LLVM N's llc (default: the newest llc that shows the finding). "
            + "`iretlab backends` lists what is installed.")
    String backend;

    /** Default: the case's first target, or the file's triple. */
    @Mixin
    TargetChoiceOptions target = new TargetChoiceOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where the reduced IR goes (default: FILE's name with .reduced.ll).")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1800", description = "Time limit of the whole reduction (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
        if (keep == null) {
            throw new InputException("--keep KIND is required: the finding kind the reduced handler must still show");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file: give the .ll file to reduce");
        }
        FindingKind kind;
        try {
            kind = FindingKind.byId(keep);
        } catch (IllegalArgumentException e) {
            throw new InputException("--keep " + keep + ": " + e.getMessage());
        }
        Duration timeout = Arguments.timeout(timeoutSeconds, "--timeout");
        Path output = out != null ? Arguments.outputFile(out, "-o") : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.ll$", "") + ".reduced.ll");
        Reducer.Reduction r;
        String on = backend == null ? null : LlvmTools.backend(toolchains, backend);
        // llvm-reduce does not say how many candidates it will try: the bar counts them, with no end.
        try (WorkFolder work = WorkFolder.create("iretlab-reduce-"); Progress progress = Progress.start("reduce", -1)) {
            r = new Reducer(toolchains, timeout, p -> {
                progress.stepTo(p.tests());
                progress.item(p.interesting() + " interesting, " + p.lines() + " lines of IR");
            }).reduce(file, kind, on, target.chosenOrNull(), output, work.path());
        }
        spec.commandLine().getOut().printf("wrote %s: @%s on %s, %d -> %d lines of IR (%d -> %d instructions), %d tests in %.1f s (median %.0f ms each)%n"
                + "  kept: %s%n", InertText.terminal(r.output().toString()), InertText.terminal(r.function()), r.backend(), r.linesBefore(), r.linesAfter(), r.instructionsBefore(),
                r.instructionsAfter(), r.tests(), r.seconds(), r.medianTestMillis(), InertText.terminal(String.valueOf(r.kept())));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
