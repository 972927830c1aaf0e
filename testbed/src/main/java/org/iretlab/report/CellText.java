package org.iretlab.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iretlab.cell.Cell;
import org.iretlab.cell.Verdict;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * How every report words and classifies a cell, kept in one place so that the terminal, Markdown,
 * HTML and JUnit reports never disagree about what a cell found.
 */
final class CellText {
    /** Outcomes that mean LLVM produced no code to judge. */
    static final Set<Outcome> NO_CODE = EnumSet.of(Outcome.REJECTED, Outcome.CRASH, Outcome.TIMEOUT, Outcome.NOT_AVAILABLE);
    /** Outcomes where LLVM did not finish: what CI treats as errors rather than failures. */
    static final Set<Outcome> DID_NOT_FINISH = EnumSet.of(Outcome.CRASH, Outcome.TIMEOUT);

    private CellText() {}

    /** What a cell found, worded like the expectations it is compared with (e.g. {@code BUG: a b}). */
    static String found(Cell c) {
        return c.kinds().isEmpty() ? c.outcome().label : c.outcome().label + ": " + ids(c.kinds());
    }

    /** The expectation, or a word saying there is none, so "expected X, found Y" always reads. */
    static String expected(Cell c) {
        return c.expected() == null ? "no expectation" : c.expected().toString();
    }

    static String expectedVsFound(Cell c) {
        return "expected " + expected(c) + ", found " + found(c);
    }

    static boolean differs(Cell c) {
        return c.verdict() == Verdict.DIFFERS;
    }

    static String rowLabel(String target, boolean fixed) {
        return fixed ? target + " [after fix]" : target;
    }

    /**
     * The heat-map class of a cell. A subject kind wins over everything that still produced code,
     * because whether the upstream issue reproduces is what the report is read for.
     */
    static String category(Cell c) {
        switch (c.outcome()) {
            case REJECTED:
                return "rejected";
            case CRASH:
                return "crash";
            case TIMEOUT:
                return "timeout";
            case NOT_AVAILABLE:
                return "na";
            default:
                break;
        }
        if (c.subjectReproduces()) {
            return "subject";
        }
        if (c.outcome() == Outcome.UNDECIDED) {
            return "undecided";
        }
        if (!c.kinds().isEmpty()) {
            return "other";
        }
        return c.outcome() == Outcome.OK ? "ok" : "unknown";
    }

    /** Kinds as reports list them: their ids, space-separated. */
    static String ids(Collection<FindingKind> kinds) {
        return String.join(" ", kinds.stream().map(FindingKind::id).toList());
    }

    /** Tooltip text: each kind with its summary, one per line. */
    static String kindsTooltip(Collection<FindingKind> kinds) {
        StringBuilder b = new StringBuilder();
        for (FindingKind k : kinds) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(k.id()).append(": ").append(k.summary);
        }
        return b.toString();
    }
}
