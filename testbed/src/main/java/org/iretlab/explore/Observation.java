package org.iretlab.explore;

import java.util.List;
import org.iretlab.cell.Cell;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.Outcome;

/**
 * What one backend made of one generated handler, as explore keeps it: the static outcome and its
 * findings, and under the oracle its outcome, findings and the disagreements with the static side.
 * Instructions are kept normalised, the form signatures compare.
 *
 * @param oracleOutcome null when the oracle was not asked or had nothing to run
 * @param scenarios the oracle scenarios run (the quick set, or the quick and the standard set)
 */
public record Observation(String backend, int major, Outcome outcome, String message, List<Seen> found,
        Outcome oracleOutcome, String oracleMessage, List<Seen> oracleFound, List<String> disagreements, int scenarios) {

    /** One finding: its kind's id and the normalised instruction (or IR location) it is at. */
    public record Seen(String kind, String at) {
        static Seen of(Finding f) {
            return new Seen(f.kind().id(), Normalise.instruction(f.assembly()));
        }
    }

    public Observation {
        found = found == null ? List.of() : List.copyOf(found);
        oracleFound = oracleFound == null ? List.of() : List.copyOf(oracleFound);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    static Observation of(Cell cell, int major) {
        Cell.OracleSide o = cell.oracle();
        return new Observation(cell.backend(), major, cell.outcome(), cell.message(), cell.findings().stream().map(Seen::of).toList(),
                o == null ? null : o.outcome(), o == null ? null : o.message(),
                o == null ? List.of() : o.findings().stream().map(Seen::of).toList(),
                o == null ? List.of() : o.disagreements(), o == null ? 0 : o.scenarios());
    }

    /** Code came out of the compile, so the absence of a signature here means something. */
    boolean compiled() {
        return outcome == Outcome.OK || outcome == Outcome.BUG || outcome == Outcome.UNDECIDED;
    }

    /** The oracle ran the code to the end of its scenarios. */
    boolean oracleRan() {
        return oracleOutcome == Outcome.OK || oracleOutcome == Outcome.BUG;
    }
}
