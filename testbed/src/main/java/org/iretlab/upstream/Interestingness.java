package org.iretlab.upstream;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.target.Target;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * llvm-reduce's interestingness test: a candidate is interesting when it is still the same real
 * interrupt handler ({@link HandlerShape}) and the same LLVM still shows the same finding kind at
 * a corresponding instruction in it ({@link KeepSpec#corresponds}).
 */
public final class Interestingness {
    /** The answer, and why not (for the log a person reads when a reduction goes nowhere). */
    public record Verdict(boolean interesting, String why) {}

    private Interestingness() {}

    public static Verdict check(KeepSpec spec, Path candidate, Toolchains toolchains) {
        String text;
        try {
            text = IrSource.read(candidate).text();
        } catch (InputException e) {
            return new Verdict(false, "unreadable: " + e.getMessage());
        }
        Optional<HandlerShape> shape = HandlerShape.of(text, spec.function());
        if (shape.isEmpty()) {
            return new Verdict(false, "no x86_intrcc definition of @" + spec.function());
        }
        if (!shape.get().equals(spec.shape())) {
            return new Verdict(false, "the handler changed: " + shape.get() + " instead of " + spec.shape());
        }
        FindingKind kind = FindingKind.byId(spec.kind());
        CorpusCase c = HandlerFile.plain(candidate, text, Target.parse(spec.target()), Set.of(kind));
        Target target = c.targets().get(0);
        try (JudgedCell cell = JudgedCell.compile(toolchains, c, target, spec.backend())) {
            for (FunctionVerdict v : cell.verdicts()) {
                if (!v.function().equals(spec.function())) {
                    continue;
                }
                for (Finding f : JudgedCell.of(v, Set.of(kind))) {
                    if (spec.corresponds(f.assembly())) {
                        return new Verdict(true, f.describe());
                    }
                }
                return new Verdict(false, "no " + kind.id() + " at an instruction like `" + spec.instruction() + "` in @" + spec.function() + " on " + spec.backend());
            }
            return new Verdict(false, "@" + spec.function() + " is not judged as a handler");
        } catch (InputException e) {
            return new Verdict(false, e.getMessage());
        }
    }
}
