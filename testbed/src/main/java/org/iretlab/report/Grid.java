package org.iretlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iretlab.backend.BackendOrder;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;

/**
 * The run laid out as a matrix: one row per case, target and fix state, one column per backend in
 * LLVM-version order. Cells are referred to by their position in {@link Run#cells()}, which is what
 * makes ids in the HTML page stable.
 */
final class Grid {
    private static final Comparator<RowKey> ROW_ORDER = Comparator.comparing(RowKey::caseFile)
            .thenComparing(RowKey::target).thenComparing(RowKey::fixed);

    record RowKey(String caseFile, String target, boolean fixed) {}

    /** A row: the backend columns that have a cell, mapped to the cell's index in the run. */
    record Row(RowKey key, String title, Map<String, Integer> cells) {
        Integer cell(String backend) {
            return cells.get(backend);
        }
    }

    /** Two cells in neighbouring columns of one row whose assembly differs. */
    record Neighbours(int left, int right) {}

    final List<String> backends;
    final List<Row> rows;

    private Grid(List<String> backends, List<Row> rows) {
        this.backends = backends;
        this.rows = rows;
    }

    static Grid of(Run run) {
        TreeMap<RowKey, Map<String, Integer>> byRow = new TreeMap<>(ROW_ORDER);
        Map<RowKey, String> titles = new LinkedHashMap<>();
        List<Cell> cells = run.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            RowKey key = new RowKey(c.caseFile(), c.target(), c.fixed());
            byRow.computeIfAbsent(key, k -> new TreeMap<>(BackendOrder.COMPARATOR)).put(c.backend(), i);
            titles.putIfAbsent(key, c.title());
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((k, v) -> rows.add(new Row(k, titles.get(k), v)));
        return new Grid(run.backends(), List.copyOf(rows));
    }

    List<Row> rows(boolean fixed) {
        return rows.stream().filter(r -> r.key().fixed() == fixed).toList();
    }

    /**
     * Pairs of cells in adjacent backend columns, both with assembly, whose assembly differs: the
     * only places a side-by-side diff says something (identical neighbours would be empty diffs,
     * distant columns mix several version steps into one diff).
     */
    List<Neighbours> differingNeighbours(Run run) {
        List<Neighbours> out = new ArrayList<>();
        for (Row row : rows) {
            for (int b = 1; b < backends.size(); b++) {
                Integer left = row.cell(backends.get(b - 1));
                Integer right = row.cell(backends.get(b));
                if (left == null || right == null) {
                    continue;
                }
                String l = run.cells().get(left).asmHash();
                String r = run.cells().get(right).asmHash();
                if (l != null && r != null && !l.equals(r)) {
                    out.add(new Neighbours(left, right));
                }
            }
        }
        return out;
    }
}
