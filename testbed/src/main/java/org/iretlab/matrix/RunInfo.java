package org.iretlab.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a matrix run was asked to do ({@code run.json}): a resumed run must be asked the same, and
 * shards merge only when they agree on everything but the shard.
 *
 * @param backends each backend's name and exact LLVM version
 * @param cases the case files, without {@code .ll}
 * @param passes the fix passes of the with-passes cells (empty: no such cells)
 * @param unlinted true when prototypes that byval-frame-check refuses went to LLVM anyway, to see it crash
 * @param shard {@code i/N}, or {@code 1/1}
 * @param oracle true when every cell also ran under QEMU
 * @param caseDigests each case's SHA-256 (its text and the bitcode beside it): an edited case's cells
 *     are recomputed when the run is resumed
 * @param made the commits and date the run was made with; null in a run written before they were recorded
 */
public record RunInfo(String tool, Map<String, String> backends, List<String> cases, List<String> passes,
        boolean unlinted, String shard, boolean oracle, Map<String, String> caseDigests, Provenance made) {

    public RunInfo {
        caseDigests = caseDigests == null ? Map.of() : Map.copyOf(caseDigests);
    }

    /** A run made inside another command (a report's version sweep, a test), which records no commits. */
    public RunInfo(String tool, Map<String, String> backends, List<String> cases, List<String> passes, boolean unlinted,
            String shard, boolean oracle, Map<String, String> caseDigests) {
        this(tool, backends, cases, passes, unlinted, shard, oracle, caseDigests, null);
    }

    /**
     * How {@code now} was made differently from this run, beyond the cases and backends each ran:
     * what may explain a changed cell other than the LLVM it ran on ({@code iretlab commit: A there,
     * B here}); empty for two runs made alike.
     */
    public List<String> madeDifferently(RunInfo now) {
        List<String> out = new ArrayList<>();
        Provenance a = made == null ? new Provenance(Provenance.UNKNOWN, Provenance.UNKNOWN, null) : made;
        Provenance b = now.made == null ? new Provenance(Provenance.UNKNOWN, Provenance.UNKNOWN, null) : now.made;
        differ(out, "iretlab", tool, now.tool);
        differ(out, "iretlab commit", a.toolCommit(), b.toolCommit());
        differ(out, "corpus commit", a.corpusCommit(), b.corpusCommit());
        backends.forEach((name, version) -> {
            String other = now.backends.get(name);
            if (other != null) {
                differ(out, name, "LLVM " + version, "LLVM " + other);
            }
        });
        differ(out, "--pass", passes, now.passes);
        differ(out, "--skip-prototype-check", onOff(unlinted), onOff(now.unlinted));
        differ(out, "--oracle", onOff(oracle), onOff(now.oracle));
        TreeSet<String> edited = editedSince(now);
        if (!edited.isEmpty()) {
            out.add("cases edited: " + String.join(", ", edited));
        }
        return out;
    }

    /**
     * The cases both runs recorded a digest of whose files differ: their cells are not comparable.
     * Unlike {@link #editedIn}, a case this run has no digest of is not counted: it is only in {@code now}.
     */
    public TreeSet<String> editedSince(RunInfo now) {
        TreeSet<String> out = editedIn(now);
        out.retainAll(caseDigests.keySet());
        return out;
    }

    /** The same run except for the shard: what merging requires. */
    public boolean sameRunAs(RunInfo o) {
        return backends.equals(o.backends) && cases.equals(o.cases) && passes.equals(o.passes) && unlinted == o.unlinted
                && oracle == o.oracle && caseDigests.equals(o.caseDigests);
    }

    /**
     * What a run resumed with {@code now} would be asked differently, option by option, as a person
     * reads it ({@code --oracle: on there, off here}); empty when only cases were edited.
     */
    public List<String> askedDifferently(RunInfo now) {
        List<String> out = new ArrayList<>();
        differ(out, "iretlab", tool, now.tool);
        differ(out, "--llvm", backends, now.backends);
        differ(out, "--cases", cases, now.cases);
        differ(out, "--pass", passes, now.passes);
        differ(out, "--skip-prototype-check", onOff(unlinted), onOff(now.unlinted));
        differ(out, "--shard", shard, now.shard);
        differ(out, "--oracle", onOff(oracle), onOff(now.oracle));
        return out;
    }

    /** The cases whose file changed since this run recorded them (or that it has no digest of). */
    public TreeSet<String> editedIn(RunInfo now) {
        TreeSet<String> out = new TreeSet<>();
        now.caseDigests.forEach((c, digest) -> {
            if (!digest.equals(caseDigests.get(c))) {
                out.add(c);
            }
        });
        return out;
    }

    private static void differ(List<String> out, String option, Object there, Object here) {
        if (!Objects.equals(there, here)) {
            out.add(option + ": " + there + " there, " + here + " here");
        }
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
