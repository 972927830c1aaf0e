package org.iretlab.upstream;

import java.util.EnumSet;
import java.util.List;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.CaseRunner;
import org.iretlab.corpus.CaseTarget;
import org.iretlab.corpus.Cell;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.common.InputException;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * One cell compiled with what a matrix record does not keep: llc's own text, the decoded object
 * and the verdict per function (findings know their address, not their function). The runner stays
 * open for the oracle; close it.
 */
record JudgedCell(CaseRunner runner, Cell cell, DecodedObject decoded, List<FunctionVerdict> verdicts) implements AutoCloseable {

    static JudgedCell compile(Toolchains toolchains, CorpusCase c, CaseTarget target, String backend) {
        CaseRunner runner = new CaseRunner(toolchains.open(backend, false));
        Cell cell = runner.run(c, target);
        if (cell.result() == null) {
            runner.close();
            throw new InputException(c.file() + " [" + target.spec() + "] does not compile on " + backend + ": " + cell.outcome().label
                    + (cell.message() == null ? "" : " (" + cell.message() + ")"));
        }
        String features = target.options(EnumSet.of(CompileOptions.Emit.OBJ)).effectiveFeatures();
        List<FunctionVerdict> verdicts = StaticCheck.judge(cell.result(), features, CheckOptions.defaults());
        return new JudgedCell(runner, cell, ObjectDecoder.decode(cell.result().object(), cell.result().triple()), verdicts);
    }

    /** True when a finding of one of these kinds shows. */
    boolean shows(java.util.Set<FindingKind> kinds) {
        return verdicts.stream().flatMap(v -> v.findings().stream()).anyMatch(f -> kinds.contains(f.kind()));
    }

    /** The function's findings of these kinds. */
    static List<Finding> of(FunctionVerdict v, java.util.Set<FindingKind> kinds) {
        return v.findings().stream().filter(f -> kinds.contains(f.kind())).toList();
    }

    /** llc's text of a function the verdicts name. */
    AsmFunction asm(String function) {
        return AsmFunction.of(cell.asm(), function).orElseThrow(() -> new IllegalStateException(
                "llc's assembly has no function " + function));
    }

    @Override
    public void close() {
        runner.close();
    }
}
