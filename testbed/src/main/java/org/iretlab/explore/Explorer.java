package org.iretlab.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.iretlab.backend.CompileOptions;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.cell.Verdict;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.ir.IrSource;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.Outcome;

/**
 * Runs generated handlers through the one cell pipeline of every backend: writes each reproducer,
 * compiles and judges it on each backend and, with the oracle, runs the compiled cells of a batch
 * of handlers on the quick scenario set first, many handlers per kernel boot, and on the standard
 * set (batched too) only the cells where the static verdict or the quick set showed something.
 * Each batch's handlers are stored, in order, before the next batch starts.
 */
public final class Explorer {
    /**
     * Handlers judged together when the oracle runs: their cells share kernels (up to 16 handlers a
     * kernel, {@link Oracle#run(List)}), and a killed run loses at most this many.
     */
    static final int BATCH = 16;

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

    /**
     * Handlers {@code 0..count-1} of shard {@code part} of {@code parts}, skipping those the store
     * has, until {@code deadlineNanos} (System.nanoTime; Long.MAX_VALUE for none): the batch under way
     * then is finished.
     */
    public Ran run(ExploreStore store, int count, int part, int parts, long deadlineNanos) {
        int ran = 0;
        generators.expect(IntStream.iterate(part - 1, i -> i < count, i -> i + parts)
                .filter(i -> !store.isDone(Generators.name(i))).iterator());
        List<Generated> batch = new ArrayList<>();
        for (int i = part - 1; i < count; i += parts) {
            if (System.nanoTime() > deadlineNanos) {
                return new Ran(ran + judge(store, batch), true);
            }
            String name = Generators.name(i);
            if (store.isDone(name)) {
                progress.step();
                continue;
            }
            progress.item(name);
            batch.add(generators.generate(i));
            if (batch.size() == (oracle == null ? 1 : BATCH)) {
                ran += judge(store, batch);
                batch.clear();
            }
        }
        return new Ran(ran + judge(store, batch), false);
    }

    /** Judges and stores a batch, in order; how many it held. */
    private int judge(ExploreStore store, List<Generated> batch) {
        for (HandlerResult r : judge(store.folder(), batch)) {
            store.append(r);
            progress.step();
        }
        return batch.size();
    }

    private List<HandlerResult> judge(Path folder, List<Generated> batch) {
        // cells.get(h).get(p): handler h of the batch on pipeline p.
        List<List<Cell>> cells = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Generated g : batch) {
            String file = ExploreStore.reproducer(g.name());
            String text = g.fileText();
            try {
                Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(folder + ": cannot write " + file + ": " + e.getMessage());
            }
            IrSource source = IrSource.ofText(file, text);
            CompileOptions options = CompileOptions.of(g.target(), EnumSet.of(CompileOptions.Emit.OBJ));
            cells.add(new ArrayList<>(pipelines.stream().map(p -> p.run(source, options)).toList()));
            files.add(file);
        }
        if (oracle != null) {
            underOracle(cells);
        }
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
     * The quick scenario set on every compiled cell the oracle can run, then the standard one on
     * those where anything showed: most handlers show nothing.
     */
    private void underOracle(List<List<Cell>> cells) {
        List<Place> runnable = new ArrayList<>();
        for (int h = 0; h < cells.size(); h++) {
            for (int p = 0; p < pipelines.size(); p++) {
                Cell cell = cells.get(h).get(p);
                if (cell.artifacts().compiled() != null && Oracle.available(cell.artifacts().compiled().triple())) {
                    runnable.add(new Place(h, p));
                }
            }
        }
        List<Cell> quick = underOracle(cells, runnable, oracle.quick());
        List<Place> again = new ArrayList<>();
        for (int i = 0; i < runnable.size(); i++) {
            Place at = runnable.get(i);
            Cell q = quick.get(i);
            boolean failed = q.oracle().message() != null && q.oracle().message().startsWith(HARNESS_FAILED);
            boolean showed = !cells.get(at.h()).get(at.p()).findings().isEmpty() || !q.oracle().findings().isEmpty()
                    || !q.oracle().disagreements().isEmpty() || q.oracle().outcome() != Outcome.OK;
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
