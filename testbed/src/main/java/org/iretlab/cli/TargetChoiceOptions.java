package org.iretlab.cli;

import org.iretlab.target.Target;
import picocli.CommandLine.Option;

/**
 * Which target to generate code for, spelled as llc takes it: the one way every command names a
 * target ({@code report}, {@code export-lit} and {@code reduce} as well as the commands that
 * compile). Unset options are null so that a command can tell "not given" from a default.
 */
public class TargetChoiceOptions {
    @Option(names = "--triple", paramLabel = "T", description = "Target triple (default: the module's own).")
    String triple;

    @Option(names = "--cpu", paramLabel = "C", description = "Target CPU, as llc -mcpu.")
    String cpu;

    @Option(names = "--mattr", paramLabel = "F", description = "Target features, as llc -mattr (e.g. +avx,-sse).")
    String mattr;

    @Option(names = "-O", paramLabel = "N", description = "Codegen optimisation level 0-3 (default 2, as llc).")
    Integer optLevel;

    @Option(names = "--code-model", paramLabel = "M", description = "default, small, kernel, medium or large.")
    String codeModel;

    @Option(names = "--relocation-model", paramLabel = "R",
            description = "static (default: kernels do not use a GOT), pic, dynamic-no-pic or default.")
    String relocationModel;

    @Option(names = "--soft-float", description = "Add +soft-float: no FP registers at all.")
    Boolean softFloat;

    /** The target these options describe: unset ones are llc's defaults (a static relocation model), --soft-float a feature. */
    Target toTarget() {
        Target t = new Target(triple, cpu, mattr, optLevel == null ? Target.DEFAULT_OPT_LEVEL : optLevel, codeModel, relocationModel);
        return Boolean.TRUE.equals(softFloat) ? t.withSoftFloat() : t;
    }

    /** The target chosen, or null when no option was given (the input's own then); a null triple stands for the input's. */
    Target chosenOrNull() {
        boolean given = triple != null || cpu != null || mattr != null || optLevel != null || codeModel != null
                || relocationModel != null || softFloat != null;
        return given ? toTarget() : null;
    }
}
