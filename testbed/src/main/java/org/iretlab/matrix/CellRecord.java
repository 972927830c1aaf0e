package org.iretlab.matrix;

import java.util.List;

/**
 * One cell of a matrix run as it is stored (one JSON line in {@code cells.jsonl}): a corpus case on
 * one target with one backend, without or with the fix passes, and what came of it. Everything but
 * {@code timings} is the same whenever the same inputs run on the same LLVMs.
 *
 * @param caseFile the case's file name without {@code .ll}, e.g. {@code 21-realign32-align16-leaf-noecode}
 * @param subject the finding kinds the case's upstream issue is about
 * @param backend the backend's name, e.g. {@code worker-17}
 * @param llvmVersion that backend's exact LLVM version
 * @param fixed true for the cell run after iretlab's fix passes ({@code passes})
 * @param outcome OK, BUG, UNDECIDED, REJECTED, CRASH, TIMEOUT or N/A
 * @param kinds the finding kinds found, sorted
 * @param message why a cell has no code (REJECTED, CRASH, TIMEOUT, N/A)
 * @param expected what the case's header expects for this LLVM version (outcome and kinds), or null
 * @param verdict {@code as-expected}, {@code differs} or {@code no-expectation}
 * @param asm the SHA-256 of the normalised assembly, stored once in {@code asm/HASH.s}, or null
 * @param oracle what the execution oracle found (matrix --oracle), or null
 */
public record CellRecord(String caseId, String caseFile, String title, List<String> upstream, List<String> subject,
        String target, String backend, String llvmVersion, boolean fixed, List<String> passes, String outcome,
        List<String> kinds, List<FindingRecord> findings, String message, String expected, String verdict, String asm,
        List<String> passLog, List<String> warnings, Timings timings, OracleRecord oracle) {

    public static final String AS_EXPECTED = "as-expected";
    public static final String DIFFERS = "differs";
    public static final String NO_EXPECTATION = "no-expectation";

    public CellRecord {
        upstream = List.copyOf(upstream);
        subject = List.copyOf(subject);
        passes = List.copyOf(passes);
        kinds = List.copyOf(kinds);
        findings = List.copyOf(findings);
        passLog = passLog == null ? List.of() : List.copyOf(passLog);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** What identifies a cell within a run: the same key is the same cell in another run. */
    public CellKey key() {
        return new CellKey(caseFile, target, backend, fixed);
    }

    /** True when one of the case's subject kinds was found. */
    public boolean subjectReproduces() {
        return kinds.stream().anyMatch(subject::contains);
    }

    /** The cell without its timings: what must be identical between two runs of the same inputs. */
    public CellRecord withoutTimings() {
        return new CellRecord(caseId, caseFile, title, upstream, subject, target, backend, llvmVersion, fixed, passes,
                outcome, kinds, findings, message, expected, verdict, asm, passLog, warnings, null,
                oracle == null ? null : oracle.withoutTime());
    }

    /** A finding as stored: its kind, where (address and instruction, or IR location), and why. */
    public record FindingRecord(String kind, String at, String reason) {}

    /**
     * The oracle's side of a cell: outcome, kinds and findings under QEMU, the case's oracle line,
     * the verdict against it, and the kinds the static and dynamic verdicts disagree on.
     *
     * @param lazyFp what the CR0.TS=1 scenario showed (#NM, no-fault, ...), null when it did not run
     */
    public record OracleRecord(String outcome, List<String> kinds, List<FindingRecord> findings, String lazyFp, String message,
            String expected, String verdict, List<String> disagreements, int scenarios, Double seconds) {
        OracleRecord withoutTime() {
            return new OracleRecord(outcome, kinds, findings, lazyFp, message, expected, verdict, disagreements, scenarios, null);
        }
    }

    /** True when the oracle's side differs from the case's oracle line. */
    public boolean oracleDiffers() {
        return oracle != null && oracle.verdict().equals(DIFFERS);
    }

    /** Wall time per stage of this cell, in milliseconds. */
    public record Timings(double codegenMs, double analysisMs, double writeMs) {}
}
