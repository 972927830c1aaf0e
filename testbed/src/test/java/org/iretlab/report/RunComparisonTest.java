package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.iretlab.cell.CellKey;
import org.iretlab.matrix.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {
    @TempDir
    Path dir;

    private static final CellKey A16 = new CellKey("a", "x86_64-unknown-none", "worker-16", false);

    private Run run(String name, Consumer<RunFixture> cells) {
        RunFixture f = new RunFixture(dir.resolve(name));
        cells.accept(f);
        return f.write();
    }

    private static String text(RunComparison c) {
        StringWriter s = new StringWriter();
        c.print(new PrintWriter(s));
        return s.toString();
    }

    @Test
    void aKindThatAppearsIsANewBugAndWorse() {
        Run before = run("before", f -> f.add(cell("a", "worker-16").bug("misaligned-stack-access")).add(cell("b", "worker-16")));
        Run after = run("after", f -> f.add(cell("a", "worker-16").bug("misaligned-stack-access", "x87-state-clobbered"))
                .add(cell("b", "worker-16")));
        RunComparison c = RunComparison.compare(before, after);

        assertTrue(c.worse());
        assertEquals(1, c.newBugs().size());
        assertEquals(A16, c.newBugs().get(0).key());
        assertEquals(List.of("x87-state-clobbered"), c.newBugs().get(0).kinds());
        assertTrue(c.fixes().isEmpty());
        assertTrue(text(c).contains("new bugs (1):\n  a | x86_64-unknown-none | worker-16: +x87-state-clobbered"), text(c));
        assertTrue(c.markdown().contains("### New bugs (1)"), c.markdown());
    }

    @Test
    void aKindThatGoesIsAFixAndNotWorse() {
        Run before = run("before", f -> f.add(cell("a", "worker-16").bug("misaligned-stack-access")));
        Run after = run("after", f -> f.add(cell("a", "worker-16")));
        RunComparison c = RunComparison.compare(before, after);

        assertFalse(c.worse());
        assertTrue(c.newBugs().isEmpty());
        assertEquals(1, c.fixes().size());
        assertEquals(List.of("misaligned-stack-access"), c.fixes().get(0).kinds());
        assertTrue(c.otherOutcomeChanges().isEmpty(), "the kinds already explain BUG -> OK");
        assertTrue(text(c).contains("fixes (1):\n  a | x86_64-unknown-none | worker-16: -misaligned-stack-access (was BUG: "
                + "misaligned-stack-access, now OK)"), text(c));
    }

    @Test
    void aCrashThatAppearsIsWorseAndOneThatGoesIsNot() {
        Run ok = run("ok", f -> f.add(cell("a", "worker-16")));
        Run crash = run("crash", f -> f.add(cell("a", "worker-16").outcome("CRASH", "LLVM ERROR: boom\nstack dump")));

        RunComparison worse = RunComparison.compare(ok, crash);
        assertTrue(worse.worse());
        assertEquals(1, worse.newCrashes().size());
        assertEquals("CRASH", worse.newCrashes().get(0).after());
        assertTrue(text(worse).contains("OK → CRASH (LLVM ERROR: boom)"), text(worse));

        RunComparison better = RunComparison.compare(crash, ok);
        assertFalse(better.worse());
        assertEquals(1, better.crashesGone().size());
        assertTrue(better.newCrashes().isEmpty());
    }

    @Test
    void findingsThatGiveWayToACrashAreNoFix() {
        Run bug = run("bug", f -> f.add(cell("a", "worker-16").bug("gpr-clobbered")));
        Run timeout = run("timeout", f -> f.add(cell("a", "worker-16").outcome("TIMEOUT", "60 s")));
        RunComparison c = RunComparison.compare(bug, timeout);
        assertTrue(c.worse());
        assertEquals(1, c.newCrashes().size());
        assertTrue(c.fixes().isEmpty(), "a time-out hides the kind, it does not fix it");

        // The other way the kind is new: the crash hid it before.
        RunComparison back = RunComparison.compare(timeout, bug);
        assertEquals(1, back.crashesGone().size());
        assertEquals(List.of("gpr-clobbered"), back.newBugs().get(0).kinds());
    }

    @Test
    void sameKindsDifferentCodeIsAnAssemblyChangeOnly() {
        Run before = run("before", f -> f.add(cell("a", "worker-16").bug("gpr-clobbered").asm(f.asm("iretq\n"))));
        Run after = run("after", f -> f.add(cell("a", "worker-16").bug("gpr-clobbered").asm(f.asm("nop\niretq\n"))));
        RunComparison c = RunComparison.compare(before, after);
        assertFalse(c.worse());
        assertEquals(1, c.asmChanges().size());
        assertTrue(c.newBugs().isEmpty() && c.fixes().isEmpty());
    }

    @Test
    void identicalRunsHaveNoChanges() {
        Consumer<RunFixture> cells = f -> f.add(cell("a", "worker-16").bug("gpr-clobbered").asm(f.asm("iretq\n")))
                .add(cell("b", "worker-17").outcome("CRASH", "boom"));
        RunComparison c = RunComparison.compare(run("one", cells), run("two", cells));
        assertFalse(c.worse());
        assertTrue(c.unchanged());
        assertTrue(text(c).contains("2 cells in both\nno changes\n"), text(c));
    }

    @Test
    void cellsInOnlyOneRunAreListedButDoNotMakeItWorse() {
        Run before = run("before", f -> f.add(cell("a", "worker-16")).add(cell("old", "worker-16")));
        Run after = run("after", f -> f.add(cell("a", "worker-16")).add(cell("new", "worker-16").outcome("CRASH", "boom")));
        RunComparison c = RunComparison.compare(before, after);
        assertFalse(c.worse());
        assertEquals(List.of(new CellKey("old", "x86_64-unknown-none", "worker-16", false)), c.onlyBefore());
        assertEquals(List.of(new CellKey("new", "x86_64-unknown-none", "worker-16", false)), c.onlyAfter());
    }

    @Test
    void otherOutcomeChangesAreListed() {
        Run before = run("before", f -> f.add(cell("a", "worker-16").outcome("REJECTED", "bad prototype")));
        Run after = run("after", f -> f.add(cell("a", "worker-16")));
        RunComparison c = RunComparison.compare(before, after);
        assertFalse(c.worse());
        assertEquals(1, c.otherOutcomeChanges().size());
        assertEquals("REJECTED", c.otherOutcomeChanges().get(0).before());
        assertTrue(c.newBugs().isEmpty() && c.fixes().isEmpty() && c.newCrashes().isEmpty());
    }

    @Test
    void runsMadeDifferentlySaySoFirst() {
        Run before = run("before", f -> f.made("aaa", "ccc").add(cell("a", "llc-22").llvm("22.1.0")));
        Run after = run("after", f -> f.made("bbb", "ccc").add(cell("a", "llc-22").llvm("22.1.1")));
        RunComparison c = RunComparison.compare(before, after);
        assertEquals(List.of("iretlab commit: aaa there, bbb here", "llc-22: LLVM 22.1.0 there, LLVM 22.1.1 here"),
                c.madeDifferently());
        assertTrue(text(c).contains("made differently (a change may come from these, not from LLVM alone):\n"
                + "  iretlab commit: aaa there, bbb here\n"), text(c));
        assertTrue(c.markdown().contains("- llc-22: LLVM 22.1.0 there, LLVM 22.1.1 here"), c.markdown());
        // The control: two runs made alike say nothing of it.
        Run again = run("again", f -> f.made("aaa", "ccc").add(cell("a", "llc-22").llvm("22.1.0")));
        assertEquals(List.of(), RunComparison.compare(before, again).madeDifferently());
        assertFalse(text(RunComparison.compare(before, again)).contains("made differently"));
    }

    @Test
    void afterFixCellsOfDifferentPassesAreLeftOutNotNewBugs() {
        String all = "stack-realign-32", other = "x87-mmx-preserve";
        Run before = run("before", f -> f.passes(all, other).add(cell("a", "worker-16").fixed(all, other)));
        Run subset = run("subset", f -> f.passes(all).add(cell("a", "worker-16").fixed(all).bug("x87-state-clobbered")));
        RunComparison c = RunComparison.compare(before, subset);
        assertFalse(c.worse(), "a cell after fewer passes is no regression of LLVM");
        assertTrue(c.newBugs().isEmpty());
        assertEquals(List.of(new CellKey("a", "x86_64-unknown-none", "worker-16", true)), c.leftOutPasses());
        assertEquals(0, c.compared());
        assertTrue(text(c).contains("left out: the runs ran different fix passes (1):"), text(c));
        assertTrue(c.madeDifferently().contains("--pass: [stack-realign-32, x87-mmx-preserve] there, [stack-realign-32] here"));
        // The control: the same cell after the same passes is a new bug.
        Run same = run("same", f -> f.passes(all, other).add(cell("a", "worker-16").fixed(all, other).bug("x87-state-clobbered")));
        assertTrue(RunComparison.compare(before, same).worse());
    }

    @Test
    void cellsOfAnEditedCaseAreLeftOut() {
        Run before = run("before", f -> f.digest("a", "1111").digest("b", "2222").add(cell("a", "worker-16")).add(cell("b", "worker-16")));
        Run after = run("after", f -> f.digest("a", "9999").digest("b", "2222").add(cell("a", "worker-16").bug("gpr-clobbered"))
                .add(cell("b", "worker-16").bug("gpr-clobbered")));
        RunComparison c = RunComparison.compare(before, after);
        assertEquals(List.of(A16), c.leftOutEdited());
        assertEquals(1, c.compared());
        assertEquals(1, c.newBugs().size(), "case b was not edited: its new kind is news");
        assertEquals("b", c.newBugs().get(0).key().caseFile());
        assertTrue(c.madeDifferently().contains("cases edited: a"), c.madeDifferently().toString());
        assertTrue(text(c).contains("1 cells in both and made alike (1 more left out, listed below)"), text(c));
    }
}
