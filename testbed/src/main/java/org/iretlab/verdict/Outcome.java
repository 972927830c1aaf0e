package org.iretlab.verdict;

import com.fasterxml.jackson.annotation.JsonValue;

/** How one cell ends: exactly one of these, never dropped. */
public enum Outcome {
    OK("OK"),
    BUG("BUG"),
    UNDECIDED("UNDECIDED"),
    REJECTED("REJECTED"),
    CRASH("CRASH"),
    TIMEOUT("TIMEOUT"),
    NOT_AVAILABLE("N/A");

    @JsonValue
    public final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
