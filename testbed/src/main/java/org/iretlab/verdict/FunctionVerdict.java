package org.iretlab.verdict;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The static verdict on one handler: BUG when any finding is a bug, else UNDECIDED when the
 * analyser met something it does not model, else OK.
 *
 * @param notes what the analysis could not cover and says so (e.g. the interrupted code's red zone)
 */
public record FunctionVerdict(String function, Outcome outcome, List<Finding> findings, List<String> notes) {

    public static FunctionVerdict of(String function, List<Finding> findings, List<String> notes) {
        boolean bug = findings.stream().anyMatch(f -> f.kind() != FindingKind.UNKNOWN_INSTRUCTION);
        boolean unknown = findings.stream().anyMatch(f -> f.kind() == FindingKind.UNKNOWN_INSTRUCTION);
        Outcome outcome = bug ? Outcome.BUG : unknown ? Outcome.UNDECIDED : Outcome.OK;
        return new FunctionVerdict(function, outcome, List.copyOf(findings), List.copyOf(notes));
    }

    public Set<FindingKind> kinds() {
        Set<FindingKind> kinds = new TreeSet<>();
        findings.forEach(f -> kinds.add(f.kind()));
        return kinds;
    }
}
