package org.iretlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.upstream.Interestingness;
import org.iretlab.upstream.KeepSpec;
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

    @Option(names = "--llvm", paramLabel = "N", description = "Reduce with LLVM N's llvm-reduce and llc (default: the newest that shows the finding).")
    Integer major;

    /** Default: the case's first target, or the file's triple. */
    @Mixin
    TargetChoiceOptions target = new TargetChoiceOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where the reduced IR goes (default: FILE's name with .reduced.ll).")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "1800", description = "Time limit of the whole reduction (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--interesting", paramLabel = "SPEC", hidden = true,
            description = "Internal: llvm-reduce's interestingness test of FILE against SPEC (exit 0: interesting).")
    Path interesting;

    @Option(names = "--log", paramLabel = "FILE", hidden = true, description = "Internal: with --interesting, append the verdict here.")
    Path log;

    @Override
    public Integer call() throws IOException {
        Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
        if (interesting != null) {
            Interestingness.Verdict v = Interestingness.check(KeepSpec.read(interesting), file, toolchains);
            if (log != null) {
                Files.writeString(log, (v.interesting() ? "interesting: " : "not interesting: ") + v.why().replace('\n', ' ') + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return v.interesting() ? ExitCodes.OK : ExitCodes.BUG;
        }
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
        try (WorkFolder work = WorkFolder.create("iretlab-reduce-")) {
            r = new Reducer(toolchains, timeout).reduce(file, kind, major, target.chosenOrNull(), output, work.path());
        }
        spec.commandLine().getOut().printf("wrote %s: @%s on %s, %d -> %d lines of IR (%d -> %d instructions), %d tests in %.1f s%n"
                + "  kept: %s%n", InertText.terminal(r.output().toString()), InertText.terminal(r.function()), r.backend(), r.linesBefore(), r.linesAfter(), r.instructionsBefore(),
                r.instructionsAfter(), r.tests(), r.seconds(), InertText.terminal(String.valueOf(r.kept())));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
