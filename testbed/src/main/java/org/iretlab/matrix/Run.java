package org.iretlab.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.iretlab.backend.BackendOrder;
import org.iretlab.cell.Cell;
import org.iretlab.cell.Verdict;

/**
 * A finished (or partial) matrix run read back from its folder: what reports and comparisons take.
 * Cells are in key order, so every report of the same results is the same.
 */
public record Run(Path folder, RunInfo info, List<Cell> cells) {

    public static Run load(Path folder) {
        return new Run(folder, RunStore.readInfo(folder), inKeyOrder(RunStore.readCells(folder, true)));
    }

    /** Cells run without a run folder (reproduce), for the reports that need none: JSON and JUnit. */
    public static Run unstored(RunInfo info, List<Cell> cells) {
        return new Run(null, info, inKeyOrder(cells));
    }

    private static List<Cell> inKeyOrder(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing(Cell::key));
        return List.copyOf(sorted);
    }

    /** The normalised assembly of a cell, or null (always for a run without a folder). */
    public String asm(Cell cell) {
        return folder == null ? null : RunStore.readAsm(folder, cell.asmHash());
    }

    /** The backends in report order (by LLVM version). */
    public List<String> backends() {
        TreeSet<String> names = new TreeSet<>(BackendOrder.COMPARATOR);
        cells.forEach(c -> names.add(c.backend()));
        return List.copyOf(names);
    }

    /** The cells whose outcome (static, or under the oracle) differs from what their case expects. */
    public List<Cell> differing() {
        return cells.stream().filter(c -> c.verdict() == Verdict.DIFFERS || c.oracleDiffers()).toList();
    }
}
