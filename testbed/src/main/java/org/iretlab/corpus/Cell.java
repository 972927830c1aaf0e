package org.iretlab.corpus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * One cell of the corpus: a case on a target with one LLVM, its outcome and findings, and how it
 * compares with the case's expectation.
 *
 * @param message the compile's message for REJECTED and CRASH cells
 * @param asm the assembly (null when nothing compiled)
 * @param result the compile's result (null when nothing compiled)
 * @param compileNanos wall time of the compile (the passes included)
 * @param analysisNanos wall time of the static verdict
 */
public record Cell(CorpusCase kase, CaseTarget target, String backend, int llvmMajor, Outcome outcome,
        Set<FindingKind> kinds, List<Finding> findings, String message, String asm, Optional<Expectation> expected,
        org.iretlab.backend.CompileResult result, long compileNanos, long analysisNanos) {

    /** The case's subject shows in this cell. */
    public boolean subjectReproduces() {
        return kinds.stream().anyMatch(kase.subject()::contains);
    }

    /** True when the cell differs from its expectation (a cell without one differs too). */
    public boolean unexpected() {
        return expected.map(e -> e.outcome() != outcome || !e.kinds().equals(kinds)).orElse(true);
    }
}
