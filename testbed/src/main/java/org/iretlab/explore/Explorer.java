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
 * Runs generated handlers through the one cell pipeline of every backend, one handler at a time:
 * writes its reproducer, compiles and judges it on each backend and, with the oracle, runs it on
 * the quick scenario set first and on the standard set only when the static verdict or the quick
 * set showed something. Each finished handler is stored before the next starts.
 */
public final class Explorer {
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
     * has, until {@code deadlineNanos} (System.nanoTime; Long.MAX_VALUE for none).
     */
    public Ran run(ExploreStore store, int count, int part, int parts, long deadlineNanos) {
        int ran = 0;
        generators.expect(IntStream.iterate(part - 1, i -> i < count, i -> i + parts)
                .filter(i -> !store.isDone(Generators.name(i))).iterator());
        for (int i = part - 1; i < count; i += parts) {
            if (System.nanoTime() > deadlineNanos) {
                return new Ran(ran, true);
            }
            String name = Generators.name(i);
            if (!store.isDone(name)) {
                progress.item(name);
                store.append(judge(store.folder(), generators.generate(i)));
                ran++;
            }
            progress.step();
        }
        return new Ran(ran, false);
    }

    HandlerResult judge(Path folder, Generated g) {
        String file = ExploreStore.reproducer(g.name());
        String text = g.fileText();
        try {
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write " + file + ": " + e.getMessage());
        }
        IrSource source = IrSource.ofText(file, text);
        CompileOptions options = CompileOptions.of(g.target(), EnumSet.of(CompileOptions.Emit.OBJ));
        List<Observation> observations = new ArrayList<>();
        for (CellPipeline p : pipelines) {
            Cell cell = p.run(source, options);
            if (oracle != null && cell.artifacts().compiled() != null && Oracle.available(cell.artifacts().compiled().triple())) {
                cell = underOracle(p, cell);
            }
            observations.add(Observation.of(cell, p.llvmMajor()));
        }
        return HandlerResult.of(g, file, observations);
    }

    /** The quick scenario set, then the standard one when anything showed: most handlers show nothing. */
    private Cell underOracle(CellPipeline p, Cell cell) {
        try {
            return quickThenStandard(p, cell);
        } catch (InputException | IllegalStateException e) {
            // iretlab's harness failed on this handler: a result of the run (signature class CRASH), not its end.
            return cell.withOracle(new Cell.OracleSide(Outcome.UNDECIDED, Set.of(), List.of(), null,
                    HARNESS_FAILED + e.getMessage(), null, Verdict.NO_EXPECTATION, List.of(), 0, 0.0, List.of(), Optional.empty()));
        }
    }

    /** The start of the oracle message of a cell whose harness could not be built or booted. */
    static final String HARNESS_FAILED = "the oracle could not run this handler: ";

    private Cell quickThenStandard(CellPipeline p, Cell cell) {
        Cell quick = p.withOracle(cell, oracle.quick());
        boolean showed = !cell.findings().isEmpty() || !quick.oracle().findings().isEmpty() || !quick.oracle().disagreements().isEmpty()
                || quick.oracle().outcome() != Outcome.OK;
        return showed ? p.withOracle(cell, oracle) : quick;
    }
}
