package org.iretlab.cell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.backend.WorkerBackend;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Expectation;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.oracle.Oracle;
import org.iretlab.passes.Passes;
import org.iretlab.target.Target;
import org.iretlab.target.Triples;
import org.iretlab.verdict.CheckReport;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;

/**
 * The one way a cell is made: read -> lint -> passes -> backend (these three inside the backend,
 * which never throws) -> static verdict -> execution oracle (when asked) -> {@link Cell}. Every
 * command that judges code calls it: reproduce, check, run, fix, matrix, validate-patch, report,
 * export-lit, reduce and explore.
 */
public final class CellPipeline implements AutoCloseable {
    private final Backend backend;
    private final CheckOptions checks;
    private final Oracle oracle;
    private final int major;

    /**
     * @param backend where code is generated (closed with the pipeline); null for a pipeline that
     *     only builds handler descriptions in this process or judges objects compiled elsewhere
     * @param checks the user's overrides of the target facts (the corpus uses the defaults)
     * @param oracle runs every compiled cell under QEMU too, or null for the static verdict only
     */
    public CellPipeline(Backend backend, CheckOptions checks, Oracle oracle) {
        this.backend = backend;
        this.checks = checks;
        this.oracle = oracle;
        this.major = backend == null ? 0 : Integer.parseInt(backend.llvmVersion().split("\\.")[0]);
    }

    /** The corpus's pipeline on a backend: the default target facts, no oracle. */
    public static CellPipeline of(Backend backend) {
        return new CellPipeline(backend, CheckOptions.defaults(), null);
    }

    public String backendName() {
        return backend.name();
    }

    public String llvmVersion() {
        return backend.llvmVersion();
    }

    public int llvmMajor() {
        return major;
    }

    /** Closes the backend (a worker JVM or an llc's pass host). */
    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /** iretlab's fix passes, in the order the after-fix expectations assume. */
    public static final List<String> FIX_PASSES = Passes.NAMES;

    public Cell run(CorpusCase c, Target target) {
        return run(c, target, List.of(), false);
    }

    public Cell run(CorpusCase c, Target target, List<String> passes) {
        return run(c, target, passes, false);
    }

    /**
     * A corpus case on one of its targets, with the given fix passes applied first; its expectation
     * is then the case's after-fix line for this LLVM version.
     *
     * @param unlinted send prototypes that byval-frame-check refuses to LLVM anyway (only a backend
     *     in a child process survives what follows)
     */
    public Cell run(CorpusCase c, Target target, List<String> passes, boolean unlinted) {
        Input in = Input.of(c, target, major, passes);
        IrSource source = c.source();
        if (c.reads() != null && !c.reads().contains(major)) {
            // Newer front ends' text may be out of reach while their bitcode is not.
            var bitcode = c.bitcode().filter(bc -> c.readsBitcode() == null || c.readsBitcode().contains(major));
            if (bitcode.isEmpty()) {
                return in.noCode(this, passes, Outcome.NOT_AVAILABLE, "LLVM " + major + " reads neither the text (reads: "
                        + c.reads() + ") nor bitcode of this case", 0);
            }
            source = IrSource.read(bitcode.get());
        }
        CompileOptions options = CompileOptions.of(target, EnumSet.of(CompileOptions.Emit.OBJ, CompileOptions.Emit.ASM))
                .withPasses(passes).withSkipPrototypeCheck(unlinted);
        long start = System.nanoTime();
        CompileOutcome outcome = backend.compile(new CompileRequest(source, options));
        long nanos = System.nanoTime() - start;
        if (!outcome.compiled()) {
            // A case this LLVM cannot read is not a refusal of the handler: the cell cannot run here.
            boolean unreadable = outcome.status() == CompileOutcome.Status.REJECTED && outcome.message().contains(IrReader.UNREADABLE);
            return in.noCode(this, passes, unreadable ? Outcome.NOT_AVAILABLE : failed(outcome.status()),
                    unreadable ? backend.name() + " cannot read this case: " + outcome.message() : outcome.message(), nanos);
        }
        return judged(in, passes, outcome.result(), nanos);
    }

    /** A user's .ll or .bc file, compiled on this pipeline's backend. */
    public Cell run(IrSource source, CompileOptions options) {
        Input in = Input.plain(source.name(), options.triple(), options.passes());
        long start = System.nanoTime();
        CompileOutcome outcome = backend.compile(new CompileRequest(source, options));
        long nanos = System.nanoTime() - start;
        if (!outcome.compiled()) {
            return in.noCode(this, options.passes(), failed(outcome.status()), outcome.message(), nanos);
        }
        return judged(in, options.passes(), outcome.result(), nanos);
    }

    /**
     * A handler built from its description: in the pipeline's worker when it has one (a user's
     * description, which LLVM may die on, costs this cell only), else by the embedded LLVM in this
     * process (descriptions made by iretlab's own code).
     */
    public Cell run(HandlerSpec spec, CompileOptions options) {
        Input in = Input.plain("handler spec " + spec.name(), spec.target().triple(), options.passes());
        long start = System.nanoTime();
        CompileResult result;
        if (backend instanceof WorkerBackend worker) {
            CompileOutcome outcome = worker.compile(spec, options);
            if (!outcome.compiled()) {
                return in.noCode(this, options.passes(), failed(outcome.status()), outcome.message(), System.nanoTime() - start);
            }
            result = outcome.result();
        } else {
            try {
                result = new EmbeddedCompiler(EmbeddedCompiler.embeddedName()).compile(spec, options);
            } catch (InputException e) {
                return in.noCode(this, options.passes(), Outcome.REJECTED, e.getMessage(), System.nanoTime() - start);
            }
        }
        return judged(in, options.passes(), result, System.nanoTime() - start);
    }

    /** Handlers of an ELF object or executable compiled elsewhere: the static verdict (and the oracle) only. */
    public Cell judge(String name, byte[] elf, DecodedObject decoded, String features, List<StaticCheck.Handler> handlers) {
        Input in = Input.plain(name, decoded.triple(), List.of());
        long start = System.nanoTime();
        List<FunctionVerdict> verdicts = StaticCheck.judge(decoded, features, handlers, checks, List.of(), List.of());
        Cell cell = in.cell(null, List.of(), CheckReport.overall(verdicts), verdicts, null, List.of(), List.of(),
                new Cell.Timings(0, (System.nanoTime() - start) / 1e6, 0),
                new Cell.Artifacts(null, features, verdicts, decoded, Optional.empty(), major, null, null));
        return oracle == null ? cell : withOracle(cell, elf, decoded.triple(), features, handlers, oracle);
    }

    /** The oracle's side added to a cell that compiled (N/A with the reason to one that did not). */
    public Cell withOracle(Cell cell, Oracle qemu) {
        CompileResult r = cell.artifacts() == null ? null : cell.artifacts().compiled();
        if (r == null) {
            Optional<Expectation> expected = oracleExpectation(cell);
            return cell.withOracle(new Cell.OracleSide(Outcome.NOT_AVAILABLE, Set.of(), List.of(), null,
                    "nothing to run: the compile ended " + cell.outcome().label, Expected.of(expected),
                    oracleVerdict(expected, Outcome.NOT_AVAILABLE, Set.of(), null), List.of(), 0, 0.0, List.of(), expected));
        }
        return withOracle(cell, r.object(), r.triple(), cell.artifacts().features(), r.handlers().stream().map(StaticCheck.Handler::of).toList(), qemu);
    }

    /** An input or iretlab failure on one corpus cell, recorded there so that a run goes on. */
    public Cell failed(CorpusCase c, Target target, List<String> passes, RuntimeException e) {
        Input in = Input.of(c, target, major, passes);
        return new Cell(c.id(), c.stem(), c.title(), c.upstream(), c.subject(), target.spec(), backend.name(),
                backend.llvmVersion(), !passes.isEmpty(), passes, Outcome.UNDECIDED, Set.of(), List.of(),
                "iretlab could not judge this cell: " + e.getMessage(), null, Verdict.DIFFERS, null, List.of(), List.of(),
                new Cell.Timings(0, 0, 0), null, new Cell.Artifacts(null, null, List.of(), null, in.expectation(), major, c, target));
    }

    private Cell judged(Input in, List<String> passes, CompileResult r, long compileNanos) {
        String notElf = Triples.notElf(r.triple());
        if (notElf != null) {
            // LLVM compiled it, for a format the decoder does not read: this cell cannot be judged here.
            return in.noCode(this, passes, Outcome.NOT_AVAILABLE, notElf, compileNanos);
        }
        String features = r.target().features();
        long start = System.nanoTime();
        DecodedObject decoded = ObjectDecoder.decode(r.object(), r.triple());
        List<StaticCheck.Handler> handlers = r.handlers().stream().map(StaticCheck.Handler::of).toList();
        List<FunctionVerdict> verdicts = StaticCheck.judge(decoded, features, handlers, checks, r.droppedFrameStores(), r.warnings());
        long judgeNanos = System.nanoTime() - start;
        Cell cell = in.cell(this, passes, CheckReport.overall(verdicts), verdicts, null, r.passLog(), r.warnings(),
                new Cell.Timings(compileNanos / 1e6, judgeNanos / 1e6, 0),
                new Cell.Artifacts(r, features, verdicts, decoded, in.expectation(), major, in.kase(), in.caseTarget()));
        return oracle == null ? cell : withOracle(cell, r.object(), r.triple(), features, handlers, oracle);
    }

    /** What the oracle runs of a cell that compiled, to run with other cells' ({@link Oracle#run(List)}); none for one that did not. */
    public Optional<Oracle.Job> oracleJob(Cell cell) {
        CompileResult r = cell.artifacts() == null ? null : cell.artifacts().compiled();
        return r == null ? Optional.empty() : Optional.of(new Oracle.Job(r.object(), r.triple(), cell.artifacts().features(),
                r.handlers().stream().map(StaticCheck.Handler::of).toList(), checks));
    }

    /**
     * The start of the oracle's message on a cell whose kernel could not be built or booted (a harness
     * iretlab could not assemble, its work folder gone): that cell's failure, not the run's.
     */
    public static final String ORACLE_FAILED = "the oracle could not run this cell: ";

    /**
     * The oracle's side of the cell; UNDECIDED with why, the static side kept, when its kernel could
     * not be built or booted: a run of many cells goes on and keeps what it has.
     */
    private Cell withOracle(Cell cell, byte[] object, String triple, String features, List<StaticCheck.Handler> handlers, Oracle qemu) {
        List<Oracle.Result> results;
        try {
            results = qemu.run(object, triple, features, handlers, checks);
        } catch (InputException | IllegalStateException e) {
            Optional<Expectation> expected = oracleExpectation(cell);
            return cell.withOracle(new Cell.OracleSide(Outcome.UNDECIDED, Set.of(), List.of(), null, ORACLE_FAILED + e.getMessage(),
                    Expected.of(expected), oracleVerdict(expected, Outcome.UNDECIDED, Set.of(), null), List.of(), 0, 0.0, List.of(), expected));
        }
        return withOracle(cell, results);
    }

    /** The oracle's side of a cell from what the oracle found running its {@link #oracleJob}. */
    public Cell withOracle(Cell cell, List<Oracle.Result> results) {
        Optional<Expectation> expected = oracleExpectation(cell);
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        List<Finding> findings = new ArrayList<>();
        int scenarios = 0;
        double seconds = 0;
        boolean hung = false;
        int skipped = 0;
        boolean stopped = false;
        SortedSet<String> lazyFp = new TreeSet<>();
        for (Oracle.Result res : results) {
            if (res.lazyFp() != null) {
                lazyFp.add(res.lazyFp());
            }
            kinds.addAll(res.verdict().kinds());
            findings.addAll(res.verdict().findings());
            scenarios += res.scenarios();
            seconds += res.seconds();
            hung |= !res.hung().isEmpty();
            skipped += res.skippedAvx512();
            stopped |= res.notReturned() > 0;
        }
        Outcome outcome = hung ? Outcome.TIMEOUT : !kinds.isEmpty() ? Outcome.BUG : skipped > 0 ? Outcome.NOT_AVAILABLE : Outcome.OK;
        String message = hung ? results.stream().filter(r -> !r.hung().isEmpty())
                .map(r -> "@" + r.verdict().function() + " did not return: TIMEOUT in scenario " + r.hung().get(0))
                .collect(Collectors.joining("; ")) : outcome == Outcome.NOT_AVAILABLE ? "QEMU has no AVX-512: " + skipped
                + " instructions skipped, and nothing found in what ran" : null;
        String lazy = lazyFp.isEmpty() ? null : String.join(" ", lazyFp);
        return cell.withOracle(new Cell.OracleSide(outcome, kinds, findings, lazy, message, Expected.of(expected),
                oracleVerdict(expected, outcome, kinds, lazy), Oracle.disagreements(cell.kinds(), kinds, skipped == 0 && !stopped,
                        Oracle.unjudged(results)),
                scenarios, seconds, results, expected));
    }

    /** The case's oracle line for this cell (after-fix when it ran after the passes); none for a plain input. */
    private static Optional<Expectation> oracleExpectation(Cell cell) {
        Cell.Artifacts a = cell.artifacts();
        if (a == null || a.kase() == null || cell.fixed() && !cell.passes().containsAll(FIX_PASSES)) {
            return Optional.empty();
        }
        return a.kase().oracleExpectation(a.caseTarget(), a.llvmMajor(), cell.fixed());
    }

    /** An oracle side against its line: the outcome, the kinds, and the CR0.TS=1 result where the line states one. */
    private static Verdict oracleVerdict(Optional<Expectation> expected, Outcome outcome, Set<FindingKind> kinds, String lazyFp) {
        return verdictOf(expected, expected.map(e -> e.outcome() == outcome && e.kinds().equals(kinds)
                && (e.lazyFp() == null || e.lazyFp().equals(lazyFp))).orElse(false));
    }

    private static Verdict verdictOf(Optional<Expectation> expected, boolean matches) {
        return expected.isEmpty() ? Verdict.NO_EXPECTATION : matches ? Verdict.AS_EXPECTED : Verdict.DIFFERS;
    }

    /** The outcome of a cell whose compile did not produce code. */
    private static Outcome failed(CompileOutcome.Status status) {
        return switch (status) {
            case CRASH -> Outcome.CRASH;
            case TIMEOUT -> Outcome.TIMEOUT;
            case REJECTED -> Outcome.REJECTED;
            case NOT_AVAILABLE -> Outcome.NOT_AVAILABLE;
            case COMPILED -> throw new IllegalArgumentException("the compile succeeded");
        };
    }

    /** What a cell says of its input before anything runs: which case and target, and what it must show. */
    private record Input(String caseId, String caseFile, String title, List<String> upstream, Set<FindingKind> subject,
            String target, boolean fixed, CorpusCase kase, Target caseTarget, Optional<Expectation> expectation) {

        /**
         * A case's after-fix lines were recorded with every fix pass: a cell after some of them
         * ({@code matrix --pass}) has no expectation, rather than differing from one it never had.
         */
        static Input of(CorpusCase c, Target t, int major, List<String> passes) {
            boolean fixed = !passes.isEmpty();
            Optional<Expectation> expected = !fixed ? c.expectation(t, major)
                    : passes.containsAll(FIX_PASSES) ? c.afterFix(t, major) : Optional.empty();
            return new Input(c.id(), c.stem(), c.title(), c.upstream(), c.subject(), t.spec(), fixed, c, t, expected);
        }

        static Input plain(String name, String target, List<String> passes) {
            return new Input(null, name, null, List.of(), Set.of(), target, !passes.isEmpty(), null, null, Optional.empty());
        }

        Cell cell(CellPipeline p, List<String> passes, Outcome outcome, List<FunctionVerdict> verdicts, String message,
                List<String> passLog, List<String> warnings, Cell.Timings timings, Cell.Artifacts artifacts) {
            Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
            List<Finding> findings = new ArrayList<>();
            for (FunctionVerdict v : verdicts) {
                kinds.addAll(v.kinds());
                findings.addAll(v.findings());
            }
            boolean matches = expectation.map(e -> e.outcome() == outcome && e.kinds().equals(kinds)).orElse(false);
            return new Cell(caseId, caseFile, title, upstream, subject, target,
                    p == null || p.backend == null ? null : p.backend.name(), p == null || p.backend == null ? null : p.backend.llvmVersion(),
                    fixed, fixed ? passes : List.of(), outcome, kinds, findings, message, Expected.of(expectation),
                    verdictOf(expectation, matches), null, passLog, warnings, timings, null, artifacts);
        }

        /** A cell whose compile produced no code; under the oracle its side is N/A with the reason. */
        Cell noCode(CellPipeline p, List<String> passes, Outcome outcome, String message, long compileNanos) {
            Cell cell = cell(p, passes, outcome, List.of(), message, List.of(), List.of(), new Cell.Timings(compileNanos / 1e6, 0, 0),
                    new Cell.Artifacts(null, null, List.of(), null, expectation, p.major, kase, caseTarget));
            return p.oracle == null ? cell : p.withOracle(cell, p.oracle);
        }
    }
}
