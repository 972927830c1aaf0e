package org.iretlab.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.iretlab.backend.CompileOptions;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.cell.Verdict;
import org.iretlab.common.Futures;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.ir.IrSource;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.Outcome;

/**
 * Runs generated handlers through the one cell pipeline of every backend: writes each reproducer,
 * compiles and judges it on each backend and, with the oracle, runs the compiled cells of a batch
 * of handlers under QEMU, many handlers per kernel boot: the standard scenario set where the static
 * verdict found something, the quick set first elsewhere. A batch runs under the oracle while the
 * next one compiles; the batches are stored in order.
 */
public final class Explorer {
    /**
     * Handlers judged together when the oracle runs: their cells share kernels (up to 16 handlers a
     * kernel, {@link Oracle#run(List)}); a killed run loses at most {@link #IN_FLIGHT} + 1 batches.
     */
    static final int BATCH = 32;

    private final Generators generators;
    private final List<CellPipeline> pipelines;
    private final Oracle oracle;
    private final Progress progress;

    /**
     * @param pipelines one per backend, without an oracle of their own (closed by the caller)
     * @param oracle the standard oracle, or null for the static verdict only
     * @param progress stepped once per handler judged (a bar when a person watches)
     */
    public Explorer(Generators generators, List<CellPipeline> pipelines, Oracle oracle, Progress progress) {
        this.generators = generators;
        this.pipelines = pipelines;
        this.oracle = oracle;
        this.progress = progress;
    }

    /** How a run ended: handlers judged now, and whether the time limit stopped it. */
    public record Ran(int handlers, boolean outOfTime) {}

    /** Handlers stored by this run. */
    private int stored;

    /**
     * Batches under the oracle at once: while one waits for its last kernel, the next one's kernels keep
     * the other core busy (the oracle's boots run on a pool of one thread per core).
     */
    private static final int IN_FLIGHT = 2;

    /** The batches under the oracle, oldest first, while the next one compiles here; stored in this order. */
    private final Deque<Future<List<HandlerResult>>> underway = new ArrayDeque<>();

    /**
     * Handlers {@code 0..count-1} of shard {@code part} of {@code parts}, skipping those the store
     * has, until {@code deadlineNanos} (System.nanoTime; Long.MAX_VALUE for none): the batch under way
     * then is finished. With the oracle, a batch's cells run under QEMU while the next batch compiles.
     */
    public Ran run(ExploreStore store, int count, int part, int parts, long deadlineNanos) {
        stored = 0;
        generators.expect(IntStream.iterate(part - 1, i -> i < count, i -> i + parts)
                .filter(i -> !store.isDone(Generators.name(i))).iterator());
        ExecutorService oracleThreads = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "iretlab-explore-oracle");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Generated> batch = new ArrayList<>();
            for (int i = part - 1; i < count; i += parts) {
                if (System.nanoTime() > deadlineNanos) {
                    submit(store, batch, oracleThreads);
                    finishUnderway(store, 0);
                    return new Ran(stored, true);
                }
                String name = Generators.name(i);
                if (store.isDone(name)) {
                    progress.step();
                    continue;
                }
                progress.item(name);
                batch.add(generators.generate(i));
                if (batch.size() == (oracle == null ? 1 : BATCH)) {
                    submit(store, batch, oracleThreads);
                    batch = new ArrayList<>();
                }
            }
            submit(store, batch, oracleThreads);
            finishUnderway(store, 0);
            return new Ran(stored, false);
        } finally {
            // A batch judged already is not lost when this thread stops on an error of its own.
            if (!underway.isEmpty()) {
                try {
                    finishUnderway(store, 0);
                } catch (RuntimeException alsoFailed) {
                    // The error on the way out is the one to report.
                }
            }
            oracleThreads.shutdownNow();
        }
    }

    /**
     * Writes and compiles the batch on this thread, stores the batches before it whose oracle is done,
     * oldest first, keeping fewer than {@link #IN_FLIGHT} under way, then starts this one's oracle
     * (without an oracle: stores it at once).
     */
    private void submit(ExploreStore store, List<Generated> batch, ExecutorService oracleThreads) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> files = new ArrayList<>();
        // cells.get(h).get(p): handler h of the batch on pipeline p.
        List<List<Cell>> cells = new ArrayList<>();
        for (Generated g : batch) {
            String file = ExploreStore.reproducer(g.name());
            String text = g.fileText();
            try {
                Files.writeString(store.folder().resolve(file), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(store.folder() + ": cannot write " + file + ": " + e.getMessage());
            }
            IrSource source = IrSource.ofText(file, text);
            CompileOptions options = CompileOptions.of(g.target(), EnumSet.of(CompileOptions.Emit.OBJ));
            cells.add(new ArrayList<>(pipelines.stream().map(p -> p.run(source, options)).toList()));
            files.add(file);
        }
        if (oracle == null) {
            store(store, results(batch, files, cells));
            return;
        }
        finishUnderway(store, IN_FLIGHT - 1);
        underway.add(oracleThreads.submit(() -> {
            underOracle(cells);
            return results(batch, files, cells);
        }));
    }

    /** Waits for the oldest batches under the oracle and stores them, until {@code left} are under way. */
    private void finishUnderway(ExploreStore store, int left) {
        while (underway.size() > left) {
            store(store, Futures.join(underway.poll(), "the oracle ran a batch of explore's handlers"));
        }
    }

    private void store(ExploreStore store, List<HandlerResult> results) {
        for (HandlerResult r : results) {
            store.append(r);
            stored++;
            progress.step();
        }
    }

    private List<HandlerResult> results(List<Generated> batch, List<String> files, List<List<Cell>> cells) {
        List<HandlerResult> out = new ArrayList<>();
        for (int h = 0; h < batch.size(); h++) {
            List<Observation> observations = new ArrayList<>();
            for (int p = 0; p < pipelines.size(); p++) {
                observations.add(Observation.of(cells.get(h).get(p), pipelines.get(p).llvmMajor()));
            }
            out.add(HandlerResult.of(batch.get(h), files.get(h), observations));
        }
        return out;
    }

    /** A cell of the batch: handler h on pipeline p. */
    private record Place(int h, int p) {}

    /**
     * The standard scenario set on every compiled cell the oracle can run where the static verdict found
     * something; the quick set first on the others, and the standard set then on those where the quick
     * set showed anything: most handlers that the static verdict finds clean show nothing either.
     */
    private void underOracle(List<List<Cell>> cells) {
        List<Place> quiet = new ArrayList<>();
        List<Place> again = new ArrayList<>();
        for (int h = 0; h < cells.size(); h++) {
            for (int p = 0; p < pipelines.size(); p++) {
                Cell cell = cells.get(h).get(p);
                if (cell.artifacts().compiled() != null && Oracle.available(cell.artifacts().compiled().triple())) {
                    (cell.findings().isEmpty() ? quiet : again).add(new Place(h, p));
                }
            }
        }
        List<Cell> quick = underOracle(cells, quiet, oracle.quick());
        for (int i = 0; i < quiet.size(); i++) {
            Place at = quiet.get(i);
            Cell q = quick.get(i);
            boolean failed = q.oracle().message() != null && q.oracle().message().startsWith(HARNESS_FAILED);
            boolean showed = !q.oracle().findings().isEmpty() || !q.oracle().disagreements().isEmpty() || q.oracle().outcome() != Outcome.OK;
            if (showed && !failed) {
                again.add(at);
            } else {
                cells.get(at.h()).set(at.p(), q);
            }
        }
        List<Cell> standard = underOracle(cells, again, oracle);
        for (int i = 0; i < again.size(); i++) {
            cells.get(again.get(i).h()).set(again.get(i).p(), standard.get(i));
        }
    }

    /**
     * These cells under {@code qemu}, their handlers sharing kernels. Should that fail (iretlab's
     * harness cannot be built or booted for one of them), each cell runs alone, so that the failure
     * is the one cell's result (signature class CRASH), not the batch's, nor the end of the run.
     */
    private List<Cell> underOracle(List<List<Cell>> cells, List<Place> places, Oracle qemu) {
        List<Cell> in = places.stream().map(at -> cells.get(at.h()).get(at.p())).toList();
        List<Oracle.Job> jobs = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            jobs.add(pipelines.get(places.get(i).p()).oracleJob(in.get(i)).orElseThrow());
        }
        try {
            List<List<Oracle.Result>> results = qemu.run(jobs);
            List<Cell> out = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                out.add(pipelines.get(places.get(i).p()).withOracle(in.get(i), results.get(i)));
            }
            return out;
        } catch (InputException | IllegalStateException e) {
            List<Cell> out = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                out.add(alone(pipelines.get(places.get(i).p()), in.get(i), qemu));
            }
            return out;
        }
    }

    private static Cell alone(CellPipeline p, Cell cell, Oracle qemu) {
        try {
            return p.withOracle(cell, qemu);
        } catch (InputException | IllegalStateException e) {
            return cell.withOracle(new Cell.OracleSide(Outcome.UNDECIDED, Set.of(), List.of(), null,
                    HARNESS_FAILED + e.getMessage(), null, Verdict.NO_EXPECTATION, List.of(), 0, 0.0, List.of(), Optional.empty()));
        }
    }

    /** The start of the oracle message of a cell whose harness could not be built or booted. */
    static final String HARNESS_FAILED = "the oracle could not run this handler: ";
}
