package org.iretlab.cell;

import org.iretlab.backend.BackendOrder;

/** A cell's identity: case, target, backend, and whether the fix passes ran first. */
public record CellKey(String caseFile, String target, String backend, boolean fixed) implements Comparable<CellKey> {

    @Override
    public int compareTo(CellKey o) {
        int c = caseFile.compareTo(o.caseFile);
        if (c == 0) {
            c = target.compareTo(o.target);
        }
        if (c == 0) {
            c = BackendOrder.compare(backend, o.backend);
        }
        return c != 0 ? c : Boolean.compare(fixed, o.fixed);
    }

    @Override
    public String toString() {
        return caseFile + " | " + target + " | " + backend + (fixed ? " | after fix" : "");
    }
}
