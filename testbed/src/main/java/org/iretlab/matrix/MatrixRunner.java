package org.iretlab.matrix;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.CaseRunner;
import org.iretlab.corpus.CaseTarget;
import org.iretlab.corpus.Cell;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Expectation;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/**
 * Runs the cells of a matrix (cases x targets x backends, without and with the fix passes) on
 * {@code jobs} threads. Each thread opens its own backends (a worker JVM or an llc per thread and
 * version: LLVM contexts are not shared between threads); every cell is stored the moment it ends.
 */
public final class MatrixRunner {
    /** One cell to run. */
    public record Task(CorpusCase kase, CaseTarget target, String backend, boolean fixed) {
        CellKey key() {
            return new CellKey(kase.stem(), target.spec(), backend, fixed);
        }
    }

    private final Toolchains toolchains;
    private final List<String> passes;
    private final int jobs;
    private final boolean unlinted;
    private final boolean embeddedInProcess;
    private final org.iretlab.oracle.Oracle oracle;
    private final PrintStream progress;

    /**
     * @param passes the fix passes of the with-passes cells; empty runs no such cells
     * @param unlinted send prototypes the lint refuses to LLVM anyway (every backend runs in a child process)
     * @param embeddedInProcess run the embedded LLVM's cells in this JVM (behind the lint) instead of a worker
     * @param oracle runs every cell under QEMU too, or null
     * @param progress where a progress bar goes (a terminal), or null
     */
    public MatrixRunner(Toolchains toolchains, List<String> passes, int jobs, boolean unlinted, boolean embeddedInProcess,
            org.iretlab.oracle.Oracle oracle, PrintStream progress) {
        this.toolchains = toolchains;
        this.passes = List.copyOf(passes);
        this.jobs = jobs;
        this.unlinted = unlinted;
        this.embeddedInProcess = embeddedInProcess;
        this.oracle = oracle;
        this.progress = progress;
    }

    /** Every cell of the matrix in key order, then only those of shard {@code index} of {@code count} (1-based). */
    public List<Task> tasks(List<CorpusCase> cases, List<String> backends, int index, int count) {
        List<Task> all = new ArrayList<>();
        for (CorpusCase c : cases) {
            for (CaseTarget t : c.targets()) {
                for (String b : backends) {
                    all.add(new Task(c, t, b, false));
                    if (!passes.isEmpty()) {
                        all.add(new Task(c, t, b, true));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Task::key));
        List<Task> shard = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % count == index - 1) {
                shard.add(all.get(i));
            }
        }
        return shard;
    }

    /** Runs the tasks the store has not finished; returns how many ran. */
    public int run(List<Task> tasks, RunStore store) throws InterruptedException {
        List<Task> todo = tasks.stream().filter(t -> !store.isDone(t.key())).toList();
        // One thread's backends: a worker JVM or llc per version, opened when first needed.
        Map<Thread, Map<String, CaseRunner>> runners = new ConcurrentHashMap<>();
        List<Backend> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "iretlab-matrix");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task task : todo) {
                futures.add(pool.submit(() -> {
                    CaseRunner runner = runners.computeIfAbsent(Thread.currentThread(), t -> new ConcurrentHashMap<>())
                            .computeIfAbsent(task.backend(), name -> {
                                Backend b = toolchains.open(name, embeddedInProcess);
                                opened.add(b);
                                return new CaseRunner(b);
                            });
                    runOne(task, runner, store);
                    showProgress(finished.incrementAndGet(), todo.size());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a matrix thread failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            synchronized (opened) {
                opened.forEach(Backend::close);
            }
            if (progress != null && !todo.isEmpty()) {
                progress.println();
            }
        }
        return todo.size();
    }

    private void runOne(Task task, CaseRunner runner, RunStore store) {
        Cell cell;
        try {
            cell = runner.run(task.kase(), task.target(), task.fixed() ? passes : List.of(), unlinted);
            if (oracle != null) {
                cell = runner.withOracle(cell, task.fixed(), oracle);
            }
        } catch (RuntimeException e) {
            // An input or iretlab failure on one cell is recorded there; the run goes on.
            store.append(failed(task, runner, e));
            return;
        }
        long writeStart = System.nanoTime();
        String hash = null;
        if (cell.asm() != null) {
            String normalised = AsmNormaliser.standard().normaliseToText(cell.asm());
            hash = RunStore.hash(normalised);
            store.storeAsm(hash, normalised);
        }
        double writeMs = (System.nanoTime() - writeStart) / 1e6;
        store.append(record(task, runner, cell, hash, writeMs));
    }

    private CellRecord record(Task task, CaseRunner runner, Cell cell, String asmHash, double writeMs) {
        CorpusCase c = task.kase();
        Optional<Expectation> expected = cell.expected();
        String verdict = expected.isEmpty() ? CellRecord.NO_EXPECTATION : cell.unexpected() ? CellRecord.DIFFERS : CellRecord.AS_EXPECTED;
        List<CellRecord.FindingRecord> findings = cell.findings().stream().map(MatrixRunner::finding).toList();
        return new CellRecord(c.id(), c.stem(), c.title(), c.upstream(), ids(c.subject()), task.target().spec(), task.backend(),
                runner.llvmVersion(), task.fixed(), task.fixed() ? passes : List.of(), cell.outcome().label, ids(cell.kinds()),
                findings, cell.message(), expected.map(MatrixRunner::describe).orElse(null), verdict, asmHash,
                cell.result() == null ? List.of() : cell.result().passLog(),
                cell.result() == null ? List.of() : cell.result().warnings(),
                new CellRecord.Timings(cell.compileNanos() / 1e6, cell.analysisNanos() / 1e6, writeMs), oracleRecord(cell));
    }

    private CellRecord failed(Task task, CaseRunner runner, RuntimeException e) {
        CorpusCase c = task.kase();
        return new CellRecord(c.id(), c.stem(), c.title(), c.upstream(), ids(c.subject()), task.target().spec(), task.backend(),
                runner.llvmVersion(), task.fixed(), task.fixed() ? passes : List.of(), "UNDECIDED", List.of(), List.of(),
                "iretlab could not judge this cell: " + e.getMessage(), null, CellRecord.DIFFERS, null, List.of(), List.of(),
                new CellRecord.Timings(0, 0, 0), null);
    }

    private static CellRecord.OracleRecord oracleRecord(Cell cell) {
        Cell.OracleCell o = cell.oracle();
        if (o == null) {
            return null;
        }
        String verdict = o.expected().isEmpty() ? CellRecord.NO_EXPECTATION : o.unexpected() ? CellRecord.DIFFERS : CellRecord.AS_EXPECTED;
        return new CellRecord.OracleRecord(o.outcome().label, ids(o.kinds()), o.findings().stream().map(MatrixRunner::finding).toList(),
                o.lazyFp(), o.message(), o.expected().map(MatrixRunner::describe).orElse(null), verdict, o.disagreements(), o.scenarios(),
                o.seconds());
    }

    private static CellRecord.FindingRecord finding(Finding f) {
        String at = f.address() >= 0 ? String.format("0x%x: %s", f.address(), f.assembly()) : f.assembly();
        return new CellRecord.FindingRecord(f.kind().id(), at, f.reason());
    }

    /** An expectation as reports show it: the kinds, or the outcome when there are none. */
    static String describe(Expectation e) {
        return (e.kinds().isEmpty() ? e.outcome().label : e.outcome().label + ": " + String.join(" ", ids(e.kinds())))
                + (e.lazyFp() == null ? "" : Expectation.LAZY_FP + e.lazyFp());
    }

    private static List<String> ids(java.util.Collection<FindingKind> kinds) {
        return kinds.stream().map(FindingKind::id).sorted().collect(Collectors.toList());
    }

    private void showProgress(int done, int total) {
        if (progress == null) {
            return;
        }
        int width = 40;
        int filled = (int) ((long) width * done / Math.max(1, total));
        synchronized (progress) {
            progress.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " cells");
            progress.flush();
        }
    }
}
