package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    @TempDir
    Path dir;

    /** Table cells separated by pipes not escaped with a backslash. */
    private static int columns(String row) {
        return row.split("(?<!\\\\)\\|", -1).length - 2;
    }

    @Test
    void tableHasSubjectKindsInBoldAndAfterFixRowsInTheirOwnTable() {
        RunFixture f = new RunFixture(dir).passes("x86-iret-fix");
        f.add(cell("a", "worker-17").bug("misaligned-stack-access", "x87-state-clobbered")
                        .expect("BUG: misaligned-stack-access x87-state-clobbered"))
                .add(cell("a", "worker-16").bug("misaligned-stack-access").differsFrom("OK"))
                .add(cell("a", "worker-16").fixed("x86-iret-fix"));
        String md = MarkdownReport.render(f.write());
        List<String> lines = md.lines().toList();

        List<String> headers = lines.stream().filter(l -> l.startsWith("| Case |")).toList();
        assertEquals(2, headers.size(), md);
        assertEquals("| Case | Target | worker-16 (16.0.6) | worker-17 (17.0.6) |", headers.get(0));
        assertTrue(md.contains("| a | x86\\_64-unknown-none | BUG: **misaligned-stack-access** † "
                + "| BUG: **misaligned-stack-access** x87-state-clobbered |"), md);
        int fixHeading = lines.indexOf("### After the fix passes (x86-iret-fix)");
        assertTrue(fixHeading > 0, md);
        assertEquals("| a | x86\\_64-unknown-none | OK | – |", lines.get(fixHeading + 4));
        assertTrue(md.contains("- a \\| x86\\_64-unknown-none \\| worker-16: expected OK, found BUG: misaligned-stack-access"), md);
    }

    @Test
    void inputsCannotBreakTheTableOrInjectHtml() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a|b", "worker-16").title("<script>alert(1)</script> `x`").target("t|`u`&")
                .outcome("REJECTED", "bad | input <b>").differsFrom("OK"));
        String md = MarkdownReport.render(f.write());
        String row = md.lines().filter(l -> l.startsWith("| a")).findFirst().orElseThrow();
        assertEquals(3, columns(row), row);
        assertTrue(row.startsWith("| a\\|b | t\\|\\`u\\`&amp; |"), row);
        assertFalse(md.contains("<script>"));
        assertFalse(md.contains("<b>"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\`x\\`"), md);
    }

    @Test
    void aRunAsExpectedListsNoDifferingCells() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a", "worker-16")).add(cell("a", "worker-17"));
        String md = MarkdownReport.render(f.write());
        assertTrue(md.contains("### Cells that differ from their expectation\n\nNone.\n"), md);
        assertEquals(1, md.split("†", -1).length - 1, "the mark only in the legend: " + md);
        assertFalse(md.contains("### After the fix passes"), "no fixed cells, no after-fix table");
    }

    @Test
    void terminalEscapesFromInputAreNotKept() {
        RunFixture f = new RunFixture(dir);
        f.add(cell("a", "worker-16").title("\u001b[2J\u001b[31mred <img src=x onerror=alert(1)>").bug("misaligned-stack-access")
                .differsFrom("OK"));
        String md = MarkdownReport.render(f.write());
        assertFalse(md.contains("\u001b"), md);
        assertFalse(md.contains("<img"), md);
        assertTrue(md.contains("\\\\x1b\\[2J"), md);
    }
}
