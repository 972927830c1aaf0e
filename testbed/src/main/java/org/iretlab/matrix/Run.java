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
        RunInfo info = RunStore.readInfo(folder);
        List<Cell> cells = new ArrayList<>(RunStore.readCells(folder, true));
        cells.sort(Comparator.comparing(Cell::key));
        return new Run(folder, info, List.copyOf(cells));
    }

    /** The normalised assembly of a cell, or null. */
    public String asm(Cell cell) {
        return RunStore.readAsm(folder, cell.asmHash());
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
