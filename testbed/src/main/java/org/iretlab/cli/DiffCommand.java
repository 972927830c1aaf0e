package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Unified diff of the normalised assembly of two compiles: two files with the same options, "
                + "or one input (a file or a handler description) with two option sets.",
                "Examples:",
                "  iretlab diff a.ll b.ll --triple i686-unknown-linux-gnu",
                "  iretlab diff h.ll --left \"--triple i686-unknown-linux-gnu\" --right \"--triple i386-unknown-none\"",
                "  iretlab diff --params 1 --body call --triple i686-unknown-linux-gnu --right \"--mattr +avx\"",
                "  iretlab diff h.ll --llvm llc-16,llc-19          (one input on two LLVMs)",
                "  iretlab diff h.ll --left -O0 --right -O2"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "One or two .ll/.bc files.")
    List<Path> files = List.of();

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--left", paramLabel = "OPTIONS", parameterConsumer = OptionsText.class,
            description = "Options of the left side only, e.g. \"--triple i686-unknown-linux-gnu -O0\" (may begin with a dash).")
    String left;

    @Option(names = "--right", paramLabel = "OPTIONS", parameterConsumer = OptionsText.class,
            description = "Options of the right side only.")
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
            throw new InputException("give two files, or one file or one handler description with --left/--right or --llvm A,B");
        }
        List<String> llvms = backends();
        if (inputs == 1 && left == null && right == null && llvms.size() == 1) {
            throw new InputException("one input needs two sides: add --left and/or --right, or two backends: --llvm A,B");
        }
        TargetOptions leftOptions = target.overriddenBy(parseSide("--left", left));
        TargetOptions rightOptions = target.overriddenBy(parseSide("--right", right));
        PrintWriter err = spec.commandLine().getErr();
        // One Compilation per backend: each keeps its worker or llc for the command's compiles.
        try (Compilation leftLlvm = input.open(llvms.get(0));
                Compilation rightLlvm = llvms.size() == 2 ? input.open(llvms.get(1)) : null) {
            String leftName = llvms.size() == 2 ? llvms.get(0) : null;
            String rightName = llvms.size() == 2 ? llvms.get(1) : null;
            Side l = compile(leftLlvm, leftName, files.isEmpty() ? null : files.get(0), leftOptions);
            Side r = compile(rightLlvm != null ? rightLlvm : leftLlvm, rightName,
                    files.size() == 2 ? files.get(1) : files.isEmpty() ? null : files.get(0), rightOptions);
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

    /**
     * The backend of each side: --llvm as given, or --llvm A,B for one on each side. Each must name
     * one backend (a bare version names every backend of that major, so it is refused with them listed).
     */
    private List<String> backends() {
        String asked = input.llvm.backendOr("embedded");
        if (!asked.contains(",")) {
            return List.of(asked);
        }
        String[] parts = asked.split(",", -1);
        if (parts.length != 2) {
            throw new InputException("--llvm " + asked + ": diff compares two backends: give --llvm A,B, e.g. --llvm llc-16,llc-19");
        }
        Toolchains toolchains = input.llvm.toolchains(Arguments.timeout(input.timeoutSeconds, "--timeout"));
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.contains("/")) {
                out.add(part.strip());
                continue;
            }
            List<String> named = toolchains.resolve(part);
            if (named.size() != 1) {
                throw new InputException("--llvm " + asked + ": '" + part.strip() + "' names " + named.size() + " backends ("
                        + String.join(", ", named) + "): name one of them on each side");
            }
            out.add(named.get(0));
        }
        return out;
    }

    private Side compile(Compilation compilation, String backend, Path file, TargetOptions options) {
        EnumSet<CompileOptions.Emit> asm = EnumSet.of(CompileOptions.Emit.ASM);
        CompileOutcome outcome = file != null
                ? compilation.compileFile(file, options.toCompileOptions(asm, input.skipPrototypeCheck))
                : compilation.compileSpec(input.handler, options, asm);
        String name = file != null ? file.toString() : input.handler.name;
        // The label says what differs between the sides: their options, and their backends when there are two.
        List<String> label = new ArrayList<>(List.of(name));
        if (!options.describe().isEmpty()) {
            label.add(options.describe());
        }
        if (backend != null) {
            label.add("--llvm " + backend);
        }
        return new Side(String.join(" ", label), outcome);
    }

    private static int report(PrintWriter err, Side side) {
        if (side.outcome.compiled()) {
            side.outcome.result().warnings().forEach(w -> err.println("iretlab: warning: " + side.label + ": " + w));
            return ExitCodes.OK;
        }
        err.println("iretlab: " + side.outcome.status().name().toLowerCase() + ": " + side.label + ": " + side.outcome.message());
        return ExitCodes.of(side.outcome.status());
    }

    /**
     * Takes the next argument as the option's value even when it begins with a dash: a side's
     * options do ({@code --left -O0}), and picocli would otherwise read them as options of diff.
     */
    static final class OptionsText implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            String option = ((OptionSpec) argSpec).longestName();
            if (args.isEmpty()) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(), option
                        + " needs a value: the options of that side in quotes, e.g. " + option + " \"-O0 --mattr +avx\"");
            }
            argSpec.setValue(args.pop());
        }
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
