package org.iretlab.upstream;

import java.util.List;
import java.util.Set;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.decode.DecodedObject;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.asm.AsmFunction;

/**
 * A case's cell on one backend that compiled, with what a stored cell does not keep (llc's own
 * text, the decoded object, the verdict per function) at hand. The pipeline stays open for the
 * oracle; close it.
 */
record JudgedCell(CellPipeline pipeline, Cell cell) implements AutoCloseable {

    static JudgedCell compile(Toolchains toolchains, CorpusCase c, Target target, String backend) {
        CellPipeline pipeline = CellPipeline.of(toolchains.open(backend, false));
        Cell cell = pipeline.run(c, target);
        if (cell.asm() == null) {
            pipeline.close();
            throw new InputException(c.file() + " [" + target.spec() + "] does not compile on " + backend + ": " + cell.outcome().label
                    + (cell.message() == null ? "" : " (" + cell.message() + ")"));
        }
        return new JudgedCell(pipeline, cell);
    }

    List<FunctionVerdict> verdicts() {
        return cell.functions();
    }

    DecodedObject decoded() {
        return cell.artifacts().decoded();
    }

    /** True when a finding of one of these kinds shows. */
    boolean shows(Set<FindingKind> kinds) {
        return cell.kinds().stream().anyMatch(kinds::contains);
    }

    /** The function's findings of these kinds. */
    static List<Finding> of(FunctionVerdict v, Set<FindingKind> kinds) {
        return v.findings().stream().filter(f -> kinds.contains(f.kind())).toList();
    }

    /** llc's text of a function the verdicts name. */
    AsmFunction asm(String function) {
        return AsmFunction.of(cell.asm(), function).orElseThrow(() -> new IllegalStateException(
                "llc's assembly has no function " + function));
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
