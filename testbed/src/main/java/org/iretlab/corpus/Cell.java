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
 * @param oracle what the execution oracle found, or null when it was not asked
 */
public record Cell(CorpusCase kase, CaseTarget target, String backend, int llvmMajor, Outcome outcome,
        Set<FindingKind> kinds, List<Finding> findings, String message, String asm, Optional<Expectation> expected,
        org.iretlab.backend.CompileResult result, long compileNanos, long analysisNanos, OracleCell oracle) {

    /**
     * The oracle's side of a cell: its outcome (OK, BUG, or N/A with the reason, TIMEOUT when a
     * scenario hung), kinds, findings, the case's oracle expectation for this version, and where
     * the static and dynamic verdicts disagree on the kinds both decide.
     *
     * @param lazyFp what the CR0.TS=1 scenario showed ({@code #NM}, {@code no-fault}, ...), null when it did not run
     */
    public record OracleCell(Outcome outcome, Set<FindingKind> kinds, List<Finding> findings, String lazyFp, String message,
            Optional<Expectation> expected, List<String> disagreements, int scenarios, double seconds) {

        /** Differs from the case's oracle line: its outcome, kinds, or the CR0.TS=1 result where the line states one. */
        public boolean unexpected() {
            return expected.map(e -> e.outcome() != outcome || !e.kinds().equals(kinds)
                    || e.lazyFp() != null && !e.lazyFp().equals(lazyFp)).orElse(true);
        }
    }

    /** The same cell with the oracle's side added. */
    public Cell withOracle(OracleCell o) {
        return new Cell(kase, target, backend, llvmMajor, outcome, kinds, findings, message, asm, expected, result,
                compileNanos, analysisNanos, o);
    }


    /** The case's subject shows in this cell. */
    public boolean subjectReproduces() {
        return kinds.stream().anyMatch(kase.subject()::contains);
    }

    /** True when the cell differs from its expectation (a cell without one differs too). */
    public boolean unexpected() {
        return expected.map(e -> e.outcome() != outcome || !e.kinds().equals(kinds)).orElse(true);
    }
}
