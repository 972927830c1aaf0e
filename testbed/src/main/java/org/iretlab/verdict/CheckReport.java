package org.iretlab.verdict;

import java.util.List;

/**
 * The static verdicts on one input, as `iretlab check --json` writes them.
 *
 * @param outcome the input's overall outcome: BUG if any handler has one, else UNDECIDED if any, else OK
 *     (or the compile's own outcome, REJECTED or CRASH, with {@code message})
 * @param passLog what the fix passes changed or declined
 */
public record CheckReport(String input, String backend, String llvmVersion, String triple, Outcome outcome,
        String message, List<FunctionVerdict> functions, List<String> warnings, List<String> passLog) {

    public static Outcome overall(List<FunctionVerdict> functions) {
        if (functions.stream().anyMatch(f -> f.outcome() == Outcome.BUG)) {
            return Outcome.BUG;
        }
        return functions.stream().anyMatch(f -> f.outcome() == Outcome.UNDECIDED) ? Outcome.UNDECIDED : Outcome.OK;
    }
}
