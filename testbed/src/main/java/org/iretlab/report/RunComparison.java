package org.iretlab.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellKey;
import org.iretlab.matrix.Run;
import org.iretlab.verdict.FindingKind;

/**
 * What changed between two runs, cell by cell (cells match by {@link CellKey}). Only what both ran
 * alike is compared: runs made differently (other commits, LLVM versions, passes, oracle) say so
 * first, and cells that cannot be compared (their case was edited between the runs, or the fix
 * passes differ) are left out and listed, never counted as new bugs. A cell whose kinds
 * changed is listed under both new bugs and fixes when kinds came and went. A crash that gave way
 * to code with findings is both a crash gone and a new bug, because those kinds were not seen before;
 * the reverse, code with findings that now crashes, is a new crash but no fix.
 */
public final class RunComparison {

    /** Kinds that appeared in (new bug) or left (fix) one cell. */
    public record KindChange(CellKey key, List<String> kinds, String before, String after) {}

    /** A cell whose outcome changed: what it found before and after. */
    public record OutcomeChange(CellKey key, String before, String after, String message) {}

    /** Same kinds, different code: worth a look, since the next LLVM may turn it into a finding. */
    public record AsmChange(CellKey key, String before, String after) {}

    private final String beforeName;
    private final String afterName;
    private final List<KindChange> newBugs = new ArrayList<>();
    private final List<KindChange> fixes = new ArrayList<>();
    private final List<OutcomeChange> newCrashes = new ArrayList<>();
    private final List<OutcomeChange> crashesGone = new ArrayList<>();
    private final List<OutcomeChange> otherOutcomeChanges = new ArrayList<>();
    private final List<AsmChange> asmChanges = new ArrayList<>();
    private final List<CellKey> onlyBefore = new ArrayList<>();
    private final List<CellKey> onlyAfter = new ArrayList<>();
    private final List<String> madeDifferently;
    private final List<CellKey> leftOutEdited = new ArrayList<>();
    private final List<CellKey> leftOutPasses = new ArrayList<>();
    private int matched;

    private RunComparison(String beforeName, String afterName, List<String> madeDifferently) {
        this.beforeName = beforeName;
        this.afterName = afterName;
        this.madeDifferently = List.copyOf(madeDifferently);
    }

    public static RunComparison compare(Run before, Run after) {
        Map<CellKey, Cell> a = byKey(before);
        Map<CellKey, Cell> b = byKey(after);
        RunComparison r = new RunComparison(name(before), name(after), before.info().madeDifferently(after.info()));
        Set<String> edited = before.info().editedSince(after.info());
        boolean passesDiffer = !before.info().passes().equals(after.info().passes());
        for (Map.Entry<CellKey, Cell> e : a.entrySet()) {
            Cell then = e.getValue();
            Cell now = b.get(e.getKey());
            if (now == null) {
                r.onlyBefore.add(e.getKey());
            } else if (edited.contains(e.getKey().caseFile())) {
                r.leftOutEdited.add(e.getKey());
            } else if (e.getKey().fixed() && passesDiffer) {
                r.leftOutPasses.add(e.getKey());
            } else {
                r.matched++;
                r.compareCell(e.getKey(), then, now);
            }
        }
        for (CellKey k : b.keySet()) {
            if (!a.containsKey(k)) {
                r.onlyAfter.add(k);
            }
        }
        return r;
    }

    private void compareCell(CellKey key, Cell then, Cell now) {
        TreeSet<FindingKind> added = new TreeSet<>(now.kinds());
        added.removeAll(then.kinds());
        TreeSet<FindingKind> removed = new TreeSet<>(then.kinds());
        // A kind is fixed only when there is code that lacks it: a cell that now crashes has fixed nothing.
        if (!CellText.NO_CODE.contains(now.outcome())) {
            removed.removeAll(now.kinds());
        } else {
            removed.clear();
        }
        if (!added.isEmpty()) {
            newBugs.add(new KindChange(key, ids(added), CellText.found(then), CellText.found(now)));
        }
        if (!removed.isEmpty()) {
            fixes.add(new KindChange(key, ids(removed), CellText.found(then), CellText.found(now)));
        }
        boolean wasStuck = CellText.DID_NOT_FINISH.contains(then.outcome());
        boolean isStuck = CellText.DID_NOT_FINISH.contains(now.outcome());
        if (then.outcome() != now.outcome()) {
            OutcomeChange change = new OutcomeChange(key, CellText.found(then), CellText.found(now), now.message());
            if (isStuck && !wasStuck) {
                newCrashes.add(change);
            } else if (wasStuck && !isStuck) {
                crashesGone.add(change);
            } else if (added.isEmpty() && removed.isEmpty()) {
                // Kind changes already say why the outcome moved; what is left (REJECTED -> OK, CRASH -> TIMEOUT, ...) goes here.
                otherOutcomeChanges.add(change);
            }
        } else if (added.isEmpty() && removed.isEmpty() && then.asmHash() != null && now.asmHash() != null
                && !then.asmHash().equals(now.asmHash())) {
            asmChanges.add(new AsmChange(key, then.asmHash(), now.asmHash()));
        }
    }

    /**
     * True when the later run found a kind a cell did not have, or a cell newly crashed or hung.
     * Cells in only one run do not count: a case or backend added since is new, not worse.
     */
    public boolean worse() {
        return !newBugs.isEmpty() || !newCrashes.isEmpty();
    }

    public List<KindChange> newBugs() {
        return List.copyOf(newBugs);
    }

    public List<KindChange> fixes() {
        return List.copyOf(fixes);
    }

    public List<OutcomeChange> newCrashes() {
        return List.copyOf(newCrashes);
    }

    public List<OutcomeChange> crashesGone() {
        return List.copyOf(crashesGone);
    }

    public List<OutcomeChange> otherOutcomeChanges() {
        return List.copyOf(otherOutcomeChanges);
    }

    public List<AsmChange> asmChanges() {
        return List.copyOf(asmChanges);
    }

    public List<CellKey> onlyBefore() {
        return List.copyOf(onlyBefore);
    }

    public List<CellKey> onlyAfter() {
        return List.copyOf(onlyAfter);
    }

    /** How the later run was made differently (commits, LLVM versions, passes, oracle), as lines; empty for alike runs. */
    public List<String> madeDifferently() {
        return madeDifferently;
    }

    /** Cells both runs have that were not compared, because their case was edited between the runs. */
    public List<CellKey> leftOutEdited() {
        return List.copyOf(leftOutEdited);
    }

    /** After-fix cells both runs have that were not compared, because the runs ran different fix passes. */
    public List<CellKey> leftOutPasses() {
        return List.copyOf(leftOutPasses);
    }

    /** The number of cells compared: in both runs, and made alike. */
    public int compared() {
        return matched;
    }

    public boolean unchanged() {
        return newBugs.isEmpty() && fixes.isEmpty() && newCrashes.isEmpty() && crashesGone.isEmpty()
                && otherOutcomeChanges.isEmpty() && asmChanges.isEmpty() && onlyBefore.isEmpty() && onlyAfter.isEmpty()
                && leftOutEdited.isEmpty() && leftOutPasses.isEmpty();
    }

    public void print(PrintWriter out) {
        out.printf("compared %s with %s: %d cells in both%s%n", beforeName, afterName, matched, leftOut());
        if (!madeDifferently.isEmpty()) {
            out.println("the runs were made differently (a change may come from these, not from LLVM alone):");
            madeDifferently.forEach(l -> out.println("  " + l));
        }
        if (unchanged()) {
            out.println("no changes");
        }
        for (Section s : sections()) {
            out.printf("%n%s (%d):%n", s.title, s.lines.size());
            s.lines.forEach(l -> out.println("  " + l));
        }
        out.flush();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("## iretlab: ").append(MarkdownText.escape(beforeName)).append(" → ")
                .append(MarkdownText.escape(afterName)).append("\n\n");
        if (!madeDifferently.isEmpty()) {
            b.append("The runs were made differently (a change may come from these, not from LLVM alone):\n\n");
            madeDifferently.forEach(l -> b.append("- ").append(MarkdownText.escape(l)).append('\n'));
            b.append('\n');
        }
        b.append(matched).append(" cells in both runs").append(MarkdownText.escape(leftOut()));
        b.append(worse() ? "; **worse**: new bug kinds or crashes.\n" : unchanged() ? "; no changes.\n" : ".\n");
        for (Section s : sections()) {
            b.append("\n### ").append(s.title.substring(0, 1).toUpperCase(Locale.ROOT)).append(s.title.substring(1))
                    .append(" (").append(s.lines.size()).append(")\n\n");
            s.lines.forEach(l -> b.append("- ").append(MarkdownText.escape(l)).append('\n'));
        }
        return b.toString();
    }

    /** One list of changes under its title, as every rendering shows it. */
    record Section(String title, List<String> lines) {}

    private static List<String> ids(TreeSet<FindingKind> kinds) {
        return kinds.stream().map(FindingKind::id).sorted().toList();
    }

    /** The non-empty lists in the order a reader triages them: regressions first. */
    List<Section> sections() {
        List<Section> out = new ArrayList<>();
        add(out, "new bugs", newBugs.stream().map(c -> c.key() + ": +" + String.join(" +", c.kinds())
                + " (was " + c.before() + ", now " + c.after() + ")").toList());
        add(out, "new crashes and time-outs", newCrashes.stream().map(RunComparison::outcomeLine).toList());
        add(out, "fixes", fixes.stream().map(c -> c.key() + ": -" + String.join(" -", c.kinds())
                + " (was " + c.before() + ", now " + c.after() + ")").toList());
        add(out, "crashes and time-outs gone", crashesGone.stream().map(RunComparison::outcomeLine).toList());
        add(out, "other outcome changes", otherOutcomeChanges.stream().map(RunComparison::outcomeLine).toList());
        add(out, "assembly changed, same kinds", asmChanges.stream()
                .map(c -> c.key() + ": " + shortHash(c.before()) + " → " + shortHash(c.after())).toList());
        add(out, "left out: their case was edited between the runs", leftOutEdited.stream().map(CellKey::toString).toList());
        add(out, "left out: the runs ran different fix passes", leftOutPasses.stream().map(CellKey::toString).toList());
        add(out, "only in " + beforeName, onlyBefore.stream().map(CellKey::toString).toList());
        add(out, "only in " + afterName, onlyAfter.stream().map(CellKey::toString).toList());
        return out;
    }

    /** What the count of compared cells leaves out, said right after it. */
    private String leftOut() {
        int n = leftOutEdited.size() + leftOutPasses.size();
        return n == 0 ? "" : " and made alike (" + n + " more left out, listed below)";
    }

    private static void add(List<Section> out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.add(new Section(title, lines));
        }
    }

    private static String outcomeLine(OutcomeChange c) {
        String line = c.key() + ": " + c.before() + " → " + c.after();
        if (c.message() != null && !c.message().isBlank()) {
            String m = c.message().strip().lines().findFirst().orElse("");
            line += " (" + m + ")";
        }
        return line;
    }

    private static String shortHash(String h) {
        return h.length() > 12 ? h.substring(0, 12) : h;
    }

    private static Map<CellKey, Cell> byKey(Run run) {
        Map<CellKey, Cell> m = new TreeMap<>();
        run.cells().forEach(c -> m.put(c.key(), c));
        return m;
    }

    /** The earlier run's name, as the sections' titles say it. */
    String beforeName() {
        return beforeName;
    }

    private static String name(Run run) {
        return run.folder() == null ? "run" : run.folder().toString();
    }
}
