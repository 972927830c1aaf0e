package org.iretlab.patch;

import java.util.List;

/**
 * The outcome of one check: the cells, and what fails it beyond a cell's status (a prototype that
 * no cell confirmed under the oracle).
 *
 * @param baseline the baseline backend with its exact LLVM version
 * @param candidate the candidate backend with its version, or the PROTOTYPE and what it is
 */
public record CheckResult(Check check, String baseline, String candidate, List<CellFlip> cells, List<String> problems) {

    public boolean passed() {
        return problems.isEmpty() && cells.stream().allMatch(CellFlip::asStated);
    }

    public long count(FlipStatus s) {
        return cells.stream().filter(c -> c.observed() == s).count();
    }
}
