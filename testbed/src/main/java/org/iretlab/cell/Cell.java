package org.iretlab.cell;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.iretlab.backend.CompileResult;
import org.iretlab.target.Target;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Expectation;
import org.iretlab.decode.DecodedObject;
import org.iretlab.cell.CellKey;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;

/**
 * One cell: an input (a corpus case, a user's file, a handler description or an object) on one
 * target with one backend, without or with the fix passes, and what came of it: the outcome, the
 * verdict on each handler, the expectation it is held against, and the execution oracle's side.
 * Every command that judges code gets its cells from {@link CellPipeline}.
 *
 * <p>A cell is serialised as it is (one line of a matrix's {@code cells.jsonl}); the components
 * marked {@link JsonIgnore} ({@link Artifacts}: the compile's code, the decoded object, the typed
 * expectation) exist only in the process that ran it. Everything else is the same whenever the
 * same inputs run on the same LLVMs, {@code timings} aside.
 *
 * @param caseId the corpus case's id, null for an input that is no case
 * @param caseFile the case's file name without {@code .ll} (a plain input's name)
 * @param subject the finding kinds the case's upstream issue is about
 * @param target the target as a case header writes it (see {@link Target}); stored with its fields too
 * @param backend the backend's name, e.g. {@code worker-17}
 * @param llvmVersion that backend's exact LLVM version
 * @param fixed true for the cell run after iretlab's fix passes ({@code passes})
 * @param kinds the finding kinds found (listed by id)
 * @param findings every handler's findings, in handler order
 * @param message why a cell has no code (REJECTED, CRASH, TIMEOUT, N/A)
 * @param expected the case's line this cell is held against, or null
 * @param asmHash the SHA-256 of the normalised assembly, stored once in a matrix's {@code asm/HASH.s}, or null
 * @param oracle what the execution oracle found, or null when it was not asked
 * @param artifacts what only the running process has, null in a cell read back from JSON
 */
public record Cell(String caseId, String caseFile, String title, List<String> upstream, Set<FindingKind> subject,
        @JsonSerialize(using = TargetJson.Writer.class) @JsonDeserialize(using = TargetJson.Reader.class) String target, String backend, String llvmVersion, boolean fixed, List<String> passes, Outcome outcome,
        Set<FindingKind> kinds,
        List<Finding> findings,
        String message, Expected expected, Verdict verdict, @JsonProperty("asm") String asmHash, List<String> passLog,
        List<String> warnings, Timings timings, OracleSide oracle, @JsonIgnore Artifacts artifacts) {

    public Cell {
        upstream = upstream == null ? List.of() : List.copyOf(upstream);
        subject = sorted(subject == null ? List.of() : subject);
        passes = passes == null ? List.of() : List.copyOf(passes);
        kinds = sorted(kinds == null ? List.of() : kinds);
        findings = findings == null ? List.of() : List.copyOf(findings);
        passLog = passLog == null ? List.of() : List.copyOf(passLog);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * What a cell's run has that is not stored: the compile's result (assembly text, object,
     * handlers' IR facts), the verdict per handler, and the typed expectation it was held against.
     *
     * @param compiled null when nothing compiled
     * @param functions the static verdict on each handler (empty when nothing compiled)
     * @param decoded the object as the analyser decoded it, null when nothing compiled
     * @param features the target features the code was generated with, as the analyser and the oracle read them
     * @param llvmMajor the backend's LLVM major version
     * @param kase the corpus case, null for another input
     */
    public record Artifacts(CompileResult compiled, String features, List<FunctionVerdict> functions, DecodedObject decoded,
            Optional<Expectation> expectation, int llvmMajor, CorpusCase kase, Target caseTarget) {}

    /** Wall time per stage of this cell, in milliseconds. */
    public record Timings(double codegenMs, double analysisMs, double writeMs) {}

    /**
     * The oracle's side of a cell: outcome (OK, BUG, N/A with the reason, TIMEOUT when a scenario
     * hung), kinds and findings under QEMU, the case's oracle line and the verdict against it, and
     * the kinds the static and dynamic verdicts disagree on.
     *
     * @param lazyFp what the CR0.TS=1 scenario showed ({@code #NM}, {@code no-fault}, ...), null when it did not run
     * @param seconds of QEMU, null in a cell compared without its timings
     * @param results the oracle's result per handler (boots, hung scenarios, notes); only in the running process
     */
    public record OracleSide(Outcome outcome, Set<FindingKind> kinds,
            List<Finding> findings,
            String lazyFp, String message, Expected expected, Verdict verdict, List<String> disagreements, int scenarios,
            Double seconds, @JsonIgnore List<Oracle.Result> results,
            @JsonIgnore Optional<Expectation> expectation) {

        public OracleSide {
            kinds = sorted(kinds == null ? List.of() : kinds);
            findings = findings == null ? List.of() : List.copyOf(findings);
            disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
            results = results == null ? List.of() : List.copyOf(results);
            expectation = expectation == null ? Optional.empty() : expectation;
        }

        /** Differs from the case's oracle line (a side without one differs too). */
        public boolean unexpected() {
            return verdict != Verdict.AS_EXPECTED;
        }

        OracleSide withoutTime() {
            return new OracleSide(outcome, kinds, findings, lazyFp, message, expected, verdict, disagreements, scenarios, null,
                    results, expectation);
        }
    }

    /** What identifies a cell within a run: the same key is the same cell in another run. */
    public CellKey key() {
        return new CellKey(caseFile, target, backend, fixed);
    }

    /** True when one of the case's subject kinds was found. */
    public boolean subjectReproduces() {
        return kinds.stream().anyMatch(subject::contains);
    }

    /** True when the cell differs from its expectation (a cell without one differs too). */
    public boolean unexpected() {
        return verdict != Verdict.AS_EXPECTED;
    }

    /** True when the oracle's side differs from the case's oracle line. */
    public boolean oracleDiffers() {
        return oracle != null && oracle.verdict() == Verdict.DIFFERS;
    }

    /** The assembly LLVM wrote, or null when nothing compiled (or the cell was read back from JSON). */
    public String asm() {
        return artifacts == null || artifacts.compiled() == null ? null : artifacts.compiled().asm();
    }

    /** The corpus case this cell ran, when the process that ran it is asking (null for other inputs). */
    public CorpusCase kase() {
        return artifacts == null ? null : artifacts.kase();
    }

    /** The case's target this cell ran on, when the process that ran it is asking. */
    public Target caseTarget() {
        return artifacts == null ? null : artifacts.caseTarget();
    }

    /** The static verdict on each handler; empty when nothing compiled or the cell was read back from JSON. */
    public List<FunctionVerdict> functions() {
        return artifacts == null ? List.of() : artifacts.functions();
    }

    /** The expectation this cell was held against, when the process that ran it is asking. */
    public Optional<Expectation> expectation() {
        return artifacts == null ? Optional.empty() : artifacts.expectation();
    }

    /** The cell without its timings: what must be identical between two runs of the same inputs. */
    public Cell withoutTimings() {
        return new Cell(caseId, caseFile, title, upstream, subject, target, backend, llvmVersion, fixed, passes, outcome, kinds,
                findings, message, expected, verdict, asmHash, passLog, warnings, null,
                oracle == null ? null : oracle.withoutTime(), artifacts);
    }

    public Cell withOracle(OracleSide side) {
        return new Cell(caseId, caseFile, title, upstream, subject, target, backend, llvmVersion, fixed, passes, outcome, kinds,
                findings, message, expected, verdict, asmHash, passLog, warnings, timings, side, artifacts);
    }

    public Cell withAsmHash(String hash, double writeMs) {
        Timings t = timings == null ? null : new Timings(timings.codegenMs(), timings.analysisMs(), writeMs);
        return new Cell(caseId, caseFile, title, upstream, subject, target, backend, llvmVersion, fixed, passes, outcome, kinds,
                findings, message, expected, verdict, hash, passLog, warnings, t, oracle, artifacts);
    }

    public Cell withMessage(String text) {
        return new Cell(caseId, caseFile, title, upstream, subject, target, backend, llvmVersion, fixed, passes, outcome, kinds,
                findings, text, expected, verdict, asmHash, passLog, warnings, timings, oracle, artifacts);
    }

    /** Kinds in the order every report lists them, by id; equal to any other set of the same kinds. */
    private static Set<FindingKind> sorted(Collection<FindingKind> kinds) {
        SortedSet<FindingKind> out = new TreeSet<>(Comparator.comparing(FindingKind::id));
        out.addAll(kinds);
        return Collections.unmodifiableSortedSet(out);
    }
}
