package org.iretlab.cell;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a cell (or its oracle side) compares with what its case expects. */
public enum Verdict {
    AS_EXPECTED("as-expected"),
    DIFFERS("differs"),
    /** A plain input, or a version the case's header says nothing about. */
    NO_EXPECTATION("no-expectation");

    @JsonValue
    public final String label;

    Verdict(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
