package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.common.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Unified diff of the normalised assembly of two compiles: two files with the same options, "
                + "or one input (a file or a handler description) with two option sets.",
                "Examples:",
                "  iretlab diff a.ll b.ll --triple i686-unknown-linux-gnu",
                "  iretlab diff h.ll --left \"--triple i686-unknown-linux-gnu\" --right \"--triple i386-unknown-none\"",
                "  iretlab diff --params 1 --body call --triple i686-unknown-linux-gnu --right \"--mattr +avx\""})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "One or two .ll/.bc files.")
    List<Path> files = List.of();

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--left", paramLabel = "OPTIONS", description = "Options of the left side only, e.g. \"--triple i686-unknown-linux-gnu -O0\".")
    String left;

    @Option(names = "--right", paramLabel = "OPTIONS", description = "Options of the right side only.")
    String right;

    @Option(names = "--raw", description = "Diff the assembly as LLVM wrote it, without normalising.")
    boolean raw;

    @Option(names = "--exit-code", description = "Exit with 1 when the two sides differ (as git diff --exit-code).")
    boolean exitCode;

    @Option(names = {"-U", "--context"}, paramLabel = "N", defaultValue = "3", description = "Lines of context (default: ${DEFAULT-VALUE}).")
    int context;

    @Override
    public Integer call() {
        int inputs = files.size() + (input.handler.given() ? 1 : 0);
        if (inputs == 0 || inputs > 2 || (files.size() == 1 && input.handler.given())) {
            throw new InputException("give two files, or one file or one handler description with --left/--right");
        }
        if (inputs == 1 && left == null && right == null) {
            throw new InputException("one input needs two option sets: add --left and/or --right");
        }
        TargetOptions leftOptions = target.overriddenBy(parseSide("--left", left));
        TargetOptions rightOptions = target.overriddenBy(parseSide("--right", right));
        PrintWriter err = spec.commandLine().getErr();
        try (Compilation compilation = input.open()) {
            Side l = compile(compilation, files.isEmpty() ? null : files.get(0), leftOptions);
            Side r = compile(compilation, files.size() == 2 ? files.get(1) : files.isEmpty() ? null : files.get(0), rightOptions);
            int failed = ExitCodes.combine(report(err, l), report(err, r));
            if (failed != ExitCodes.OK) {
                return failed;
            }
            String leftText = raw ? l.outcome.result().asm() : AsmNormaliser.standard().normaliseToText(l.outcome.result().asm());
            String rightText = raw ? r.outcome.result().asm() : AsmNormaliser.standard().normaliseToText(r.outcome.result().asm());
            String diff = AsmDiff.unified(l.label, leftText, r.label, rightText, context);
            PrintWriter out = spec.commandLine().getOut();
            out.print(diff);
            out.flush();
            return exitCode && !diff.isEmpty() ? ExitCodes.BUG : ExitCodes.OK;
        }
    }

    private record Side(String label, CompileOutcome outcome) {}

    private Side compile(Compilation compilation, Path file, TargetOptions options) {
        EnumSet<CompileOptions.Emit> asm = EnumSet.of(CompileOptions.Emit.ASM);
        CompileOutcome outcome = file != null
                ? compilation.compileFile(file, options.toCompileOptions(asm, input.skipPrototypeCheck))
                : compilation.compileSpec(input.handler, options, asm);
        String name = file != null ? file.toString() : input.handler.name;
        String described = options.describe();
        return new Side(described.isEmpty() ? name : name + " " + described, outcome);
    }

    private static int report(PrintWriter err, Side side) {
        if (side.outcome.compiled()) {
            side.outcome.result().warnings().forEach(w -> err.println("iretlab: warning: " + side.label + ": " + w));
            return ExitCodes.OK;
        }
        err.println("iretlab: " + side.outcome.status().name().toLowerCase() + ": " + side.label + ": " + side.outcome.message());
        return ExitCodes.of(side.outcome.status());
    }

    private static TargetOptions parseSide(String option, String text) {
        TargetOptions side = new TargetOptions();
        if (text == null) {
            return side;
        }
        try {
            new CommandLine(side).parseArgs(text.strip().split("\\s+"));
        } catch (CommandLine.ParameterException e) {
            throw new InputException(option + " \"" + text + "\": " + e.getMessage());
        }
        return side;
    }
}
