package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.matrix.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalSummaryTest {
    @TempDir
    Path dir;

    private static String print(Run run) {
        StringWriter s = new StringWriter();
        TerminalSummary.print(run, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void oneLinePerBackendWithItsCounts() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a", "worker-17").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access"))
                .add(cell("b", "worker-17").bug("x87-state-clobbered").expect("BUG: x87-state-clobbered"))
                .add(cell("c", "worker-17").outcome("CRASH", "boom").differsFrom("OK"))
                .add(cell("a", "worker-16"));
        String out = print(f.write());
        List<String> lines = out.lines().toList();

        assertTrue(lines.get(1).matches("backend +LLVM +cells +OK +BUG +UNDECIDED +REJECTED +CRASH +TIMEOUT +N/A +subject cases +differs"),
                lines.get(1));
        assertTrue(lines.get(2).matches("worker-16 +16\\.0\\.6 +1 +1 +0 +0 +0 +0 +0 +0 +0 +0"), lines.get(2));
        // b's x87 finding is not its subject: one case reproduces.
        assertTrue(lines.get(3).matches("worker-17 +17\\.0\\.6 +3 +0 +2 +0 +0 +1 +0 +0 +1 +1"), lines.get(3));
        assertTrue(out.contains("1 cell(s) differ from their expectation:\n  c | x86_64-unknown-none | worker-17: expected OK, found CRASH\n"),
                out);
    }

    @Test
    void theDifferingListIsCapped() {
        RunFixture f = new RunFixture(dir);
        for (int i = 0; i < 35; i++) {
            f.add(cell(String.format("case-%02d", i), "worker-16").bug("gpr-clobbered").differsFrom("OK"));
        }
        String out = print(f.write());
        assertEquals(TerminalSummary.MAX_DIFFERING_LINES, out.lines().filter(l -> l.startsWith("  case-")).count());
        assertTrue(out.contains("  ... and 5 more"), out);
        assertTrue(out.contains("case-29 |") && !out.contains("case-30 |"));
    }

    @Test
    void noLineIsWiderThanTheTerminal() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a-case-with-a-long-name-as-front-ends-write-them", "worker-17").bug("gpr-clobbered", "x87-state-clobbered")
                .differsFrom("BUG: misaligned-stack-access mmx-state-clobbered vector-clobbered flags-clobbered"));
        Run run = f.write();
        StringWriter wide = new StringWriter();
        TerminalSummary.print(run, new PrintWriter(wide), 400);
        assertTrue(wide.toString().lines().anyMatch(l -> l.length() > 80), "the control: this run needs more than 80 columns");
        StringWriter narrow = new StringWriter();
        TerminalSummary.print(run, new PrintWriter(narrow), 80);
        assertTrue(narrow.toString().lines().skip(1).allMatch(l -> l.length() <= 80), narrow::toString);
        assertTrue(narrow.toString().replaceAll("\\s+", " ").contains("flags-clobbered"), narrow::toString);
    }

    @Test
    void aRunAsExpectedSaysSo() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a", "worker-16")).add(cell("b", "worker-16").noExpectation());
        String out = print(f.write());
        assertTrue(out.contains("every cell as expected (1 without an expectation)"), out);
        assertFalse(out.contains("differ from their expectation"));
    }
}
