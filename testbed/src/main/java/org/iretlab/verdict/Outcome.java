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

    /** The outcome of a cell whose compile did not produce code. */
    public static Outcome ofFailedCompile(org.iretlab.backend.CompileOutcome.Status status) {
        return switch (status) {
            case CRASH -> CRASH;
            case TIMEOUT -> TIMEOUT;
            case REJECTED -> REJECTED;
            case NOT_AVAILABLE -> NOT_AVAILABLE;
            case COMPILED -> throw new IllegalArgumentException("the compile succeeded");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
