package org.iretlab.verdict;

/** How one cell ends: exactly one of these, never dropped. */
public enum Outcome {
    OK("OK"),
    BUG("BUG"),
    UNDECIDED("UNDECIDED"),
    REJECTED("REJECTED"),
    CRASH("CRASH"),
    TIMEOUT("TIMEOUT"),
    NOT_AVAILABLE("N/A");

    @com.fasterxml.jackson.annotation.JsonValue
    public final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
