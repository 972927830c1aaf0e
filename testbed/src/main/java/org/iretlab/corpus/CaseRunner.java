package org.iretlab.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.CompileResult;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;

/** Runs corpus cells: compile a case for a target on a backend, judge it, compare with the header. */
public final class CaseRunner implements AutoCloseable {
    private final Backend backend;
    private final int major;

    public CaseRunner(Backend backend) {
        this.backend = backend;
        this.major = Integer.parseInt(backend.llvmVersion().split("\\.")[0]);
    }

    public int llvmMajor() {
        return major;
    }

    /** Closes the backend (a worker JVM or an llc's pass host). */
    @Override
    public void close() {
        backend.close();
    }

    public String backendName() {
        return backend.name();
    }

    public String llvmVersion() {
        return backend.llvmVersion();
    }

    /** iretlab's fix passes, in the order the after-fix expectations assume. */
    public static final List<String> FIX_PASSES = org.iretlab.passes.Passes.NAMES;

    public Cell run(CorpusCase c, CaseTarget target) {
        return run(c, target, List.of());
    }

    /**
     * One cell with the given fix passes applied first; its expectation is then the case's
     * after-fix line for this version.
     */
    public Cell run(CorpusCase c, CaseTarget target, List<String> passes) {
        return run(c, target, passes, false);
    }

    /**
     * @param unlinted send prototypes that byval-frame-check refuses to LLVM anyway (only a backend
     *     in a child process survives what follows)
     */
    public Cell run(CorpusCase c, CaseTarget target, List<String> passes, boolean unlinted) {
        var expected = passes.isEmpty() ? c.expectation(target, major) : c.afterFix(target, major);
        IrSource source = IrSource.ofText(c.file().toString(), c.text());
        if (c.reads() != null && !c.reads().contains(major)) {
            // Newer front ends' text may be out of reach while their bitcode is not.
            var bitcode = c.bitcode().filter(bc -> c.readsBitcode() == null || c.readsBitcode().contains(major));
            if (bitcode.isEmpty()) {
                return new Cell(c, target, backend.name(), major, Outcome.NOT_AVAILABLE, Set.of(), List.of(),
                        "LLVM " + major + " reads neither the text (reads: " + c.reads() + ") nor bitcode of this case",
                        null, expected, null, 0, 0, null);
            }
            source = IrSource.read(bitcode.get());
        }
        CompileOptions options = target.options(EnumSet.of(CompileOptions.Emit.OBJ, CompileOptions.Emit.ASM)).withPasses(passes)
                .withSkipPrototypeCheck(unlinted);
        long start = System.nanoTime();
        CompileOutcome outcome = backend.compile(new CompileRequest(source, options));
        long compiled = System.nanoTime();
        if (!outcome.compiled()) {
            // A case this LLVM cannot read is not a refusal of the handler: the cell cannot run here.
            boolean unreadable = outcome.status() == CompileOutcome.Status.REJECTED
                    && outcome.message().contains(org.iretlab.ir.IrReader.UNREADABLE);
            return new Cell(c, target, backend.name(), major, unreadable ? Outcome.NOT_AVAILABLE
                    : Outcome.ofFailedCompile(outcome.status()), Set.of(), List.of(),
                    unreadable ? backend.name() + " cannot read this case: " + outcome.message() : outcome.message(),
                    null, expected, null, compiled - start, 0, null);
        }
        CompileResult r = outcome.result();
        List<FunctionVerdict> verdicts = StaticCheck.judge(r, options.effectiveFeatures(), CheckOptions.defaults());
        long judged = System.nanoTime();
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        List<Finding> findings = new ArrayList<>();
        for (FunctionVerdict v : verdicts) {
            kinds.addAll(v.kinds());
            findings.addAll(v.findings());
        }
        Outcome o = org.iretlab.verdict.CheckReport.overall(verdicts);
        return new Cell(c, target, backend.name(), major, o, kinds, findings, null, r.asm(), expected, r,
                compiled - start, judged - compiled, null);
    }

    /**
     * Adds the execution oracle's verdict to a cell that compiled: its kinds against the case's
     * oracle expectation, and the kinds the static verdict and the oracle disagree on.
     *
     * @param fixed the cell ran after the fix passes (its expectation is then oracle-after-fix)
     */
    public Cell withOracle(Cell cell, boolean fixed, org.iretlab.oracle.Oracle oracle) {
        var expected = cell.kase().oracleExpectation(cell.target(), major, fixed);
        if (cell.result() == null) {
            return cell.withOracle(new Cell.OracleCell(Outcome.NOT_AVAILABLE, Set.of(), List.of(), null,
                    "nothing to run: the compile ended " + cell.outcome().label, expected, List.of(), 0, 0));
        }
        CompileResult r = cell.result();
        String features = cell.target().options(EnumSet.of(CompileOptions.Emit.OBJ)).effectiveFeatures();
        List<StaticCheck.Handler> handlers = r.handlers().stream()
                .map(StaticCheck.Handler::of).toList();
        List<org.iretlab.oracle.Oracle.Result> results = oracle.run(r.object(), r.triple(), features, handlers,
                CheckOptions.defaults());
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        List<Finding> findings = new ArrayList<>();
        int scenarios = 0;
        double seconds = 0;
        boolean hung = false;
        int skipped = 0;
        java.util.SortedSet<String> lazyFp = new java.util.TreeSet<>();
        for (var res : results) {
            if (res.lazyFp() != null) {
                lazyFp.add(res.lazyFp());
            }
            kinds.addAll(res.verdict().kinds());
            findings.addAll(res.verdict().findings());
            scenarios += res.scenarios();
            seconds += res.seconds();
            hung |= !res.hung().isEmpty();
            skipped += res.skippedAvx512();
        }
        Outcome outcome = hung ? Outcome.TIMEOUT : !kinds.isEmpty() ? Outcome.BUG : skipped > 0 ? Outcome.NOT_AVAILABLE : Outcome.OK;
        String message = hung ? "a scenario hung" : outcome == Outcome.NOT_AVAILABLE ? "QEMU has no AVX-512: " + skipped
                + " instructions skipped, and nothing found in what ran" : null;
        return cell.withOracle(new Cell.OracleCell(outcome, kinds, findings, lazyFp.isEmpty() ? null : String.join(" ", lazyFp),
                message, expected, org.iretlab.oracle.Oracle.disagreements(cell.kinds(), kinds, skipped == 0), scenarios, seconds));
    }
}
