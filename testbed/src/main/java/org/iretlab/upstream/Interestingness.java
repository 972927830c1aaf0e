package org.iretlab.upstream;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * llvm-reduce's interestingness test: a candidate is interesting when it is still the same real
 * interrupt handler ({@link HandlerShape}) and the same LLVM still shows the same finding kind at
 * a corresponding instruction in it ({@link KeepSpec#corresponds}). It keeps its backend open for
 * the whole reduction: a reduction judges hundreds of candidates, and starting the backend (and the
 * lint's worker JVM) for each would cost more than judging it.
 */
public final class Interestingness implements AutoCloseable {
    /** The answer, and why not (for a person reading why a reduction goes nowhere). */
    public record Verdict(boolean interesting, String why) {}

    private final KeepSpec spec;
    private final CellPipeline pipeline;

    private Interestingness(KeepSpec spec, CellPipeline pipeline) {
        this.spec = spec;
        this.pipeline = pipeline;
    }

    /** The test of {@code spec}, on the backend it names. */
    public static Interestingness open(KeepSpec spec, Toolchains toolchains) {
        return new Interestingness(spec, CellPipeline.of(toolchains.open(spec.backend(), false)));
    }

    public synchronized Verdict check(Path candidate) {
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
        Cell cell;
        try {
            CorpusCase c = HandlerFile.plain(candidate, text, Target.parse(spec.target()), Set.of(kind));
            cell = pipeline.run(c, c.targets().get(0));
        } catch (InputException e) {
            return new Verdict(false, e.getMessage());
        }
        if (cell.asm() == null) {
            return new Verdict(false, "does not compile on " + spec.backend() + ": " + cell.outcome().label
                    + (cell.message() == null ? "" : " (" + cell.message() + ")"));
        }
        for (FunctionVerdict v : cell.functions()) {
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
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
