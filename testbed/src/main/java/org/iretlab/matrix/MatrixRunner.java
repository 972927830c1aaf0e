package org.iretlab.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellKey;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.Progress;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;

/**
 * Runs the cells of a matrix (cases x targets x backends, without and with the fix passes) on
 * {@code jobs} threads. Each thread opens its own backends (a worker JVM or an llc per thread and
 * version: LLVM contexts are not shared between threads); every cell is stored the moment it ends.
 */
public final class MatrixRunner {
    /**
     * One compile to run: one cell, or for a plain file one cell per handler it defines.
     *
     * @param handlers a plain file's x86_intrcc functions (its rows); empty for a corpus case
     */
    public record Task(CorpusCase kase, Target target, String backend, boolean fixed, List<String> handlers) {
        CellKey key() {
            return new CellKey(kase.stem(), target.spec(), backend, fixed);
        }

        /** The keys of the cells the task stores. */
        List<CellKey> keys() {
            return handlers.isEmpty() ? List.of(key()) : handlers.stream()
                    .map(h -> new CellKey(HandlerRows.rowName(kase.stem(), h), target.spec(), backend, fixed)).toList();
        }
    }

    private final Toolchains toolchains;
    private final List<String> passes;
    private final int jobs;
    private final boolean unlinted;
    private final boolean embeddedInProcess;
    private final Oracle oracle;

    /**
     * @param passes the fix passes of the with-passes cells; empty runs no such cells
     * @param unlinted send prototypes the lint refuses to LLVM anyway (every backend runs in a child process)
     * @param embeddedInProcess run the embedded LLVM's cells in this JVM (behind the lint) instead of a worker
     * @param oracle runs every cell under QEMU too, or null
     */
    public MatrixRunner(Toolchains toolchains, List<String> passes, int jobs, boolean unlinted, boolean embeddedInProcess,
            Oracle oracle) {
        this.toolchains = toolchains;
        this.passes = List.copyOf(passes);
        this.jobs = jobs;
        this.unlinted = unlinted;
        this.embeddedInProcess = embeddedInProcess;
        this.oracle = oracle;
    }

    /** Every cell of the matrix in key order, then only those of shard {@code index} of {@code count} (1-based). */
    public List<Task> tasks(List<MatrixInputs.Input> inputs, List<String> backends, int index, int count) {
        List<Task> all = new ArrayList<>();
        for (MatrixInputs.Input in : inputs) {
            CorpusCase c = in.kase();
            for (Target t : c.targets()) {
                for (String b : backends) {
                    all.add(new Task(c, t, b, false, in.handlers()));
                    if (!passes.isEmpty()) {
                        all.add(new Task(c, t, b, true, in.handlers()));
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

    /** The cells the tasks store (a plain file's task stores one per handler). */
    public static int cells(List<Task> tasks) {
        return tasks.stream().mapToInt(t -> t.keys().size()).sum();
    }

    /** Runs the tasks the store has not finished; returns how many cells they stored. */
    public int run(List<Task> tasks, RunStore store) throws InterruptedException {
        List<Task> todo = tasks.stream().filter(t -> !t.keys().stream().allMatch(store::isDone)).toList();
        // One thread's backends: a worker JVM or llc per version, opened when first needed.
        Map<Thread, Map<String, CellPipeline>> pipelines = new ConcurrentHashMap<>();
        List<Backend> opened = Collections.synchronizedList(new ArrayList<>());
        Progress progress = Progress.start("cells", todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "iretlab-matrix");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task task : todo) {
                futures.add(pool.submit(() -> {
                    CellPipeline pipeline = pipelines.computeIfAbsent(Thread.currentThread(), t -> new ConcurrentHashMap<>())
                            .computeIfAbsent(task.backend(), name -> {
                                Backend b = toolchains.open(name, embeddedInProcess);
                                opened.add(b);
                                return new CellPipeline(b, CheckOptions.defaults(), oracle);
                            });
                    progress.item(task.key().toString());
                    runOne(task, pipeline, store);
                    progress.step();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a matrix thread failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            synchronized (opened) {
                opened.forEach(Backend::close);
            }
            progress.close();
        }
        return cells(todo);
    }

    private void runOne(Task task, CellPipeline pipeline, RunStore store) {
        Cell cell;
        try {
            cell = pipeline.run(task.kase(), task.target(), task.fixed() ? passes : List.of(), unlinted);
        } catch (RuntimeException e) {
            // An input or iretlab failure on one cell is recorded there; the run goes on.
            cell = pipeline.failed(task.kase(), task.target(), task.fixed() ? passes : List.of(), e);
            if (task.handlers().isEmpty()) {
                store.append(cell);
                return;
            }
        }
        if (task.handlers().isEmpty()) {
            store(cell, cell.asm() == null ? null : AsmNormaliser.standard().normaliseToText(cell.asm()), store);
            return;
        }
        for (HandlerRows.Row row : HandlerRows.split(cell, task.handlers())) {
            store(row.cell(), row.asm(), store);
        }
    }

    private static void store(Cell cell, String normalisedAsm, RunStore store) {
        long writeStart = System.nanoTime();
        String hash = null;
        if (normalisedAsm != null) {
            hash = RunStore.hash(normalisedAsm);
            store.storeAsm(hash, normalisedAsm);
        }
        store.append(cell.withAsmHash(hash, (System.nanoTime() - writeStart) / 1e6));
    }
}
