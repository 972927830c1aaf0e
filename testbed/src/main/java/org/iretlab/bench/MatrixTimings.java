package org.iretlab.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;

/**
 * Per-stage cost of a finished matrix run, from the timings each cell stored: codegen (the compile
 * as the matrix thread waits for it: worker round trip or llc processes, passes included),
 * analysis (decode and static verdict) and writing (normalise, hash, store the assembly), per
 * backend and per backend kind. Only cells that produced code count, so that refusals do not
 * flatter a backend.
 */
public final class MatrixTimings {
    private MatrixTimings() {}

    public static void print(Run run, PrintWriter out) {
        Map<String, List<Cell>> byBackend = new LinkedHashMap<>();
        Map<String, List<Cell>> byKind = new LinkedHashMap<>();
        for (String b : run.backends()) {
            byBackend.put(b, new ArrayList<>());
        }
        for (Cell c : run.cells()) {
            if (c.timings() == null || c.asmHash() == null) {
                continue;
            }
            byBackend.get(c.backend()).add(c);
            byKind.computeIfAbsent(c.backend().replaceFirst("-.*", "") + (c.fixed() ? " (passes)" : ""),
                    k -> new ArrayList<>()).add(c);
        }
        out.println("per backend kind (cells that produced code; ms are means; cells/s = 1000 / mean ms of that stage, one thread)");
        table(byKind, out);
        out.println();
        out.println("per backend");
        table(byBackend, out);
        out.flush();
    }

    private static void table(Map<String, List<Cell>> groups, PrintWriter out) {
        out.printf("%-20s %6s %12s %12s %12s %12s %14s %14s %14s%n", "", "cells", "codegen ms", "(median)", "analysis ms",
                "write ms", "codegen c/s", "analysis c/s", "write c/s");
        groups.forEach((name, cells) -> {
            if (cells.isEmpty()) {
                return;
            }
            double codegen = mean(cells, c -> c.timings().codegenMs());
            double analysis = mean(cells, c -> c.timings().analysisMs());
            double write = mean(cells, c -> c.timings().writeMs());
            double[] sorted = cells.stream().mapToDouble(c -> c.timings().codegenMs()).sorted().toArray();
            out.printf("%-20s %6d %12.2f %12.2f %12.2f %12.2f %14.0f %14.0f %14.0f%n", name, cells.size(), codegen,
                    sorted[sorted.length / 2], analysis, write, 1000 / codegen, 1000 / analysis, 1000 / write);
        });
    }

    private static double mean(List<Cell> cells, ToDoubleFunction<Cell> f) {
        return cells.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
