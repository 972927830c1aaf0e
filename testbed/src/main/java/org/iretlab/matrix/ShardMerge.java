package org.iretlab.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellKey;
import org.iretlab.common.InputException;
import org.iretlab.common.ShardSet;

/**
 * Joins the folders of one matrix run's shards into one run folder. Shards must agree on what was
 * run (backends and their exact versions, cases, passes); a cell present in two shards must be the
 * same apart from timings.
 */
public final class ShardMerge {
    private ShardMerge() {}

    /** Writes the merged run to {@code out} and returns it, read back. */
    public static Run merge(List<Run> shards, Path out, boolean partial) {
        RunInfo first = shards.get(0).info();
        ShardSet given = new ShardSet("(a merged run cannot be merged again)");
        for (Run s : shards) {
            if (!s.info().sameRunAs(first)) {
                throw new InputException(s.folder() + ": a shard of another run (backends, versions, cases or passes "
                        + "differ from " + shards.get(0).folder() + "): merge only shards of one `iretlab matrix` command");
            }
            given.add(s.folder(), s.info().shard());
        }
        given.requireAll(partial);
        Map<CellKey, Cell> cells = new LinkedHashMap<>();
        Map<CellKey, Run> source = new LinkedHashMap<>();
        for (Run s : shards) {
            for (Cell c : s.cells()) {
                source.putIfAbsent(c.key(), s);
                Cell before = cells.putIfAbsent(c.key(), c);
                if (before != null && !before.withoutTimings().equals(c.withoutTimings())) {
                    throw new InputException(s.folder() + ": cell " + c.key() + " differs from the same cell in another shard");
                }
            }
        }
        if (Files.exists(out.resolve(RunStore.CELLS))) {
            throw new InputException(out + ": already holds a run: merge into a new or empty folder");
        }
        RunInfo info = new RunInfo(first.tool(), first.backends(), first.cases(), first.passes(), first.unlinted(),
                given.complete() ? "1/1" : "partial " + given.seen() + " of " + given.of(), first.oracle(), first.caseDigests(), first.made());
        try (RunLock lock = RunLock.acquire(out, "iretlab merge"); RunStore store = RunStore.open(out, info, false)) {
            for (Cell c : cells.values()) {
                Run from = source.get(c.key());
                if (c.asmHash() != null) {
                    String asm = from.asm(c);
                    if (asm == null) {
                        throw new InputException(from.folder() + ": the assembly " + c.asmHash() + " of cell " + c.key()
                                + " is missing from " + RunStore.ASM + "/");
                    }
                    store.storeAsm(c.asmHash(), asm);
                }
                store.append(c);
            }
        }
        return Run.load(out);
    }
}
