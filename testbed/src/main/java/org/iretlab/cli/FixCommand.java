package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.CompileOptions;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.CaseParser;
import org.iretlab.target.Target;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.passes.Passes;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FunctionVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply iretlab's fix passes to a .ll/.bc file or a corpus case and show the findings before and "
                + "after, what each pass did, and the unified diff of the normalised assembly.",
                "A corpus case (its id or file name) runs on each of its targets unless --triple is given.",
                "Exit 1 when a bug remains after the passes."})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE|FILE", description = "A corpus case id or file, or any .ll/.bc file.")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "Where case ids are looked up (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    InputOptions inputOptions = new InputOptions();

    @Override
    public Integer call() {
        List<String> passes = target.passes == null ? Passes.NAMES : target.passes;
        Path file = resolve();
        List<TargetOptions> sides = new ArrayList<>();
        if (target.triple == null && file.toString().endsWith(".ll") && isCase(file)) {
            for (Target t : CaseParser.read(file).targets()) {
                sides.add(target.overriddenBy(TargetOptions.of(t)));
            }
        } else {
            sides.add(target);
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        try (Compilation compilation = inputOptions.open()) {
            for (TargetOptions side : sides) {
                exit = ExitCodes.combine(exit, fix(compilation, file, side, passes, out));
            }
        }
        out.flush();
        return exit;
    }

    private int fix(Compilation compilation, Path file, TargetOptions side, List<String> passes, PrintWriter out) {
        EnumSet<CompileOptions.Emit> emit = EnumSet.of(CompileOptions.Emit.ASM, CompileOptions.Emit.OBJ);
        CompileOptions plain = side.toCompileOptions(emit, false).withPasses(List.of());
        Cell before = compilation.judgeFile(file, plain);
        Cell after = compilation.judgeFile(file, plain.withPasses(passes));
        out.println("== " + file + (side.describe().isEmpty() ? "" : " [" + side.describe() + "]") + " with " + String.join(",", passes));
        if (before.asm() == null || after.asm() == null) {
            Cell failed = before.asm() != null ? after : before;
            out.println("  " + failed.outcome().name().toLowerCase(Locale.ROOT) + ": " + failed.message());
            return ExitCodes.of(failed.outcome());
        }
        print("before", before.functions(), out);
        after.passLog().forEach(l -> out.println("  pass " + l));
        if (after.passLog().isEmpty()) {
            out.println("  pass: nothing to change");
        }
        print("after", after.functions(), out);
        AsmNormaliser n = AsmNormaliser.standard();
        out.print(AsmDiff.unified("before", n.normaliseToText(before.asm()), "after", n.normaliseToText(after.asm()), 3));
        return ExitCodes.of(after.outcome());
    }

    private static void print(String when, List<FunctionVerdict> verdicts, PrintWriter out) {
        for (FunctionVerdict v : verdicts) {
            out.println("  " + when + ": @" + v.function() + " " + v.outcome());
            for (Finding f : v.findings()) {
                out.println("    " + f.describe());
            }
        }
    }

    private Path resolve() {
        Path path = Path.of(input);
        if (Files.exists(path)) {
            return path;
        }
        return Corpus.load(corpus).stream().filter(c -> c.id().equals(input) || c.stem().equals(input))
                .map(CorpusCase::file).findFirst()
                .orElseThrow(() -> new InputException(input + ": no such file, and no case of that id in " + corpus));
    }

    private static boolean isCase(Path file) {
        try {
            CaseParser.read(file);
            return true;
        } catch (InputException e) {
            return false;
        }
    }
}
