package org.iretlab.cli;

import java.util.List;
import java.util.Set;
import org.iretlab.backend.CompileOptions;
import org.iretlab.target.Target;
import picocli.CommandLine.Option;

/**
 * The compile options of llc that iretlab takes, shared by every command that compiles: the target,
 * and the IR pipeline and fix passes run before codegen. Unset options are null so that one set can
 * override another ({@code diff --left/--right}).
 */
public final class TargetOptions extends TargetChoiceOptions {
    @Option(names = "--pipeline", paramLabel = "P",
            description = "IR pipeline to run before codegen, as opt -passes (e.g. default<O2>).")
    String pipeline;

    @Option(names = "--pass", paramLabel = "NAME", split = ",",
            description = "iretlab fix passes to apply first: stack-realign-32, ecode-realign-64, x87-mmx-preserve (or x87-mmx-reject).")
    List<String> passes;

    /** This set with every option that {@code other} sets taken from {@code other}. */
    TargetOptions overriddenBy(TargetOptions other) {
        TargetOptions out = new TargetOptions();
        out.triple = other.triple != null ? other.triple : triple;
        out.cpu = other.cpu != null ? other.cpu : cpu;
        out.mattr = other.mattr != null ? other.mattr : mattr;
        out.optLevel = other.optLevel != null ? other.optLevel : optLevel;
        out.codeModel = other.codeModel != null ? other.codeModel : codeModel;
        out.relocationModel = other.relocationModel != null ? other.relocationModel : relocationModel;
        out.softFloat = other.softFloat != null ? other.softFloat : softFloat;
        out.pipeline = other.pipeline != null ? other.pipeline : pipeline;
        out.passes = other.passes != null ? other.passes : passes;
        return out;
    }

    /** The options that a case's target sets, as if given on the command line. */
    static TargetOptions of(Target t) {
        TargetOptions o = new TargetOptions();
        o.triple = t.triple();
        o.mattr = t.features().isEmpty() ? null : t.features();
        o.cpu = t.cpu().isEmpty() ? null : t.cpu();
        o.optLevel = t.optLevel();
        o.codeModel = t.codeModel();
        return o;
    }

    CompileOptions toCompileOptions(Set<CompileOptions.Emit> emit, boolean skipPrototypeCheck) {
        return new CompileOptions(toTarget(), pipeline, emit, skipPrototypeCheck, passes);
    }

    /** For headers and diff labels: the target as every target is printed ({@link Target#toString}), then the passes run. */
    String describe() {
        Target chosen = chosenOrNull();
        StringBuilder b = new StringBuilder(chosen == null ? "" : chosen.toString());
        if (pipeline != null) {
            b.append(" --pipeline ").append(pipeline);
        }
        if (passes != null) {
            b.append(" --pass ").append(String.join(",", passes));
        }
        return b.toString().strip();
    }
}
