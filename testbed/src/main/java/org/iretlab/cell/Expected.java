package org.iretlab.cell;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.iretlab.corpus.Expectation;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * What a case expects of a cell, as fields a tool reads ({@code {"versions": "llvm>=13", "outcome":
 * "BUG", "kinds": [...]}}) rather than the sentence reports print ({@link #toString}).
 *
 * @param versions the case line's LLVM range ({@code llvm>=13}), null in a cell written before it was recorded
 * @param lazyFp what the oracle's CR0.TS=1 scenario must show, null when the line does not say
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Expected(String versions, Outcome outcome, Set<FindingKind> kinds, String lazyFp) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Expected {
        SortedSet<FindingKind> sorted = new TreeSet<>(Comparator.comparing(FindingKind::id));
        sorted.addAll(kinds == null ? Set.of() : kinds);
        kinds = Collections.unmodifiableSortedSet(sorted);
    }

    /** The case line a cell is held against, or null when there is none. */
    static Expected of(Optional<Expectation> line) {
        return line.map(e -> new Expected(e.versions().toString(), e.outcome(), e.kinds(), e.lazyFp())).orElse(null);
    }

    /**
     * The sentence cells written before expectations had fields stored ({@code BUG: a b; CR0.TS=1:
     * #NM}), read back so that tonight's run still compares with last night's.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Expected parse(String text) {
        String rest = text;
        String lazy = null;
        int at = rest.indexOf(Expectation.LAZY_FP);
        if (at >= 0) {
            lazy = rest.substring(at + Expectation.LAZY_FP.length());
            rest = rest.substring(0, at);
        }
        String[] parts = rest.split(": ", 2);
        Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.label.equals(parts[0].strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an outcome: '" + parts[0] + "'"));
        Collection<FindingKind> kinds = parts.length < 2 ? Set.of()
                : Arrays.stream(parts[1].strip().split("\\s+")).map(FindingKind::byId).toList();
        return new Expected(null, outcome, Set.copyOf(kinds), lazy);
    }

    /** As every report words it: the outcome, then the kinds ({@code BUG: a b}). */
    @Override
    public String toString() {
        return (kinds.isEmpty() ? outcome.label : outcome.label + ": " + String.join(" ", kinds.stream().map(FindingKind::id).toList()))
                + (lazyFp == null ? "" : Expectation.LAZY_FP + lazyFp);
    }
}
