package org.iretlab.report;

import java.util.List;
import java.util.Set;
import org.iretlab.matrix.CellRecord;
import org.iretlab.verdict.FindingKind;

/**
 * How every report words and classifies a cell, kept in one place so that the terminal, Markdown,
 * HTML and JUnit reports never disagree about what a cell found.
 */
final class CellText {
    /** Outcomes that mean LLVM produced no code to judge. */
    static final Set<String> NO_CODE = Set.of("REJECTED", "CRASH", "TIMEOUT", "N/A");
    /** Outcomes where LLVM did not finish: what CI treats as errors rather than failures. */
    static final Set<String> DID_NOT_FINISH = Set.of("CRASH", "TIMEOUT");

    private CellText() {}

    /** What a cell found, worded like the expectations it is compared with (e.g. {@code BUG: a b}). */
    static String found(CellRecord c) {
        return c.kinds().isEmpty() ? c.outcome() : c.outcome() + ": " + String.join(" ", c.kinds());
    }

    /** The expectation, or a word saying there is none, so "expected X, found Y" always reads. */
    static String expected(CellRecord c) {
        return c.expected() == null ? "no expectation" : c.expected();
    }

    static String expectedVsFound(CellRecord c) {
        return "expected " + expected(c) + ", found " + found(c);
    }

    static boolean differs(CellRecord c) {
        return CellRecord.DIFFERS.equals(c.verdict());
    }

    static String rowLabel(String target, boolean fixed) {
        return fixed ? target + " [after fix]" : target;
    }

    /**
     * The heat-map class of a cell. A subject kind wins over everything that still produced code,
     * because whether the upstream issue reproduces is what the report is read for.
     */
    static String category(CellRecord c) {
        switch (c.outcome()) {
            case "REJECTED":
                return "rejected";
            case "CRASH":
                return "crash";
            case "TIMEOUT":
                return "timeout";
            case "N/A":
                return "na";
            default:
                break;
        }
        if (c.subjectReproduces()) {
            return "subject";
        }
        if ("UNDECIDED".equals(c.outcome())) {
            return "undecided";
        }
        if (!c.kinds().isEmpty()) {
            return "other";
        }
        return "OK".equals(c.outcome()) ? "ok" : "unknown";
    }

    /** A kind's one-line summary; a stored run may name a kind this build no longer knows. */
    static String summary(String kindId) {
        FindingKind k = kind(kindId);
        return k == null ? "(a finding kind this iretlab does not know)" : k.summary;
    }

    static String explanation(String kindId) {
        FindingKind k = kind(kindId);
        return k == null ? "" : k.explanation;
    }

    static FindingKind kind(String kindId) {
        try {
            return FindingKind.byId(kindId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Tooltip text: each kind with its summary, one per line. */
    static String kindsTooltip(List<String> kinds) {
        StringBuilder b = new StringBuilder();
        for (String k : kinds) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(k).append(": ").append(summary(k));
        }
        return b.toString();
    }
}
