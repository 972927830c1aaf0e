package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iretlab.cell.Cell;
import org.iretlab.verdict.Outcome;
import org.iretlab.matrix.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final String A = "pushq %rax\nmovaps %xmm0, (%rsp)\npopq %rax\niretq\n";
    private static final String B = "pushq %rax\nmovups %xmm0, (%rsp)\npopq %rax\niretq\n";

    @TempDir
    Path dir;

    /**
     * Case "a" on two targets plus an after-fix row, case "b" on one target; cells added out of
     * backend order so the page must sort the columns itself.
     */
    private Run matrix() {
        RunFixture f = new RunFixture(dir).passes("x86-iret-fix");
        String a = f.asm(A);
        String b = f.asm(B);
        f.add(cell("a", "llc-22").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(b))
                .add(cell("a", "worker-16").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(a))
                .add(cell("a", "worker-17").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(a))
                .add(cell("a", "worker-16").target("i386-unknown-none").bug("x87-state-clobbered").asm(a))
                .add(cell("a", "worker-16").fixed("x86-iret-fix").asm(b))
                .add(cell("b", "worker-17").outcome("CRASH", "LLVM ERROR: boom").differsFrom("OK"));
        return f.write();
    }

    @Test
    void heatMapHasOneColumnPerBackendInVersionOrderAndOneRowPerCaseTargetAndFix() {
        Document doc = Jsoup.parse(HtmlReport.render(matrix()));
        Element heat = doc.getElementById("heatmap");
        assertNotNull(heat);

        List<String> columns = heat.select("thead th.backend").stream().map(th -> th.ownText()).toList();
        assertEquals(List.of("worker-16", "worker-17", "llc-22"), columns);
        Elements rows = heat.select("tbody tr");
        // a/i386, a/x86_64, a/x86_64 after fix, b/x86_64
        assertEquals(4, rows.size());
        for (Element row : rows) {
            assertEquals(3, row.select("td").size(), row.outerHtml());
        }
        assertEquals(1, heat.select("tbody tr.fixed").size());
        assertEquals(1, heat.select("tbody tr.fixed .fixed-marker").size());
        assertTrue(heat.select("thead th.backend").get(2).text().contains("22.1.0"), "exact LLVM version in the column head");
        assertTrue(doc.getElementById("run-info").text().contains("worker-16 (LLVM 16.0.6), worker-17 (LLVM 17.0.6), llc-22 (LLVM 22.1.0)"),
                doc.getElementById("run-info").text());
    }

    @Test
    void cellsAreClassedByWhatTheyFoundAndMarkedWhenTheyDiffer() {
        Run run = matrix();
        Document doc = Jsoup.parse(HtmlReport.render(run));
        Elements rows = doc.select("#heatmap tbody tr");
        Element i386 = rows.get(0);
        Element x86 = rows.get(1);
        Element fixed = rows.get(2);
        Element crash = rows.get(3);

        assertTrue(i386.select("td").get(0).hasClass("other"), "x87 only, subject is misaligned-stack-access");
        assertTrue(i386.select("td").get(1).hasClass("missing"));
        assertTrue(x86.select("td").get(0).hasClass("subject"));
        assertEquals("misaligned-stack-access", x86.select("td").get(0).select("b").text(), "subject kind in bold");
        assertTrue(fixed.select("td").get(0).hasClass("ok"));
        Element crashCell = crash.select("td").get(1);
        assertTrue(crashCell.hasClass("crash"));
        assertTrue(crashCell.hasClass("differs"));
        assertEquals(1, crashCell.select(".differs-marker").size());
        assertEquals(1, doc.select("#heatmap td.differs").size(), "only the one differing cell is marked");
        assertTrue(x86.select("td").get(0).selectFirst("a").attr("title").contains("not provably aligned"),
                "tooltip carries the kind's summary");
    }

    @Test
    void everyInternalLinkResolvesAndIdsAreUnique() {
        Document doc = Jsoup.parse(HtmlReport.render(matrix()));
        Elements links = doc.select("a[href^=#]");
        assertTrue(links.size() > 20, "links: " + links.size());
        for (Element a : links) {
            String id = a.attr("href").substring(1);
            assertNotNull(doc.getElementById(id), "dangling link " + a.outerHtml());
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        assertTrue(doc.select("a[href]").stream().allMatch(a -> a.attr("href").startsWith("#")), "no external links");
        assertTrue(doc.select("link, img, iframe, [src]").isEmpty(), "self-contained");
    }

    @Test
    void eachHeatMapCellLinksToItsOwnDetailsWithEvidence() {
        Run run = matrix();
        Document doc = Jsoup.parse(HtmlReport.render(run));
        Elements cellLinks = doc.select("#heatmap td.cell a");
        assertEquals(run.cells().size(), cellLinks.size());
        Set<String> targets = new HashSet<>();
        cellLinks.forEach(a -> targets.add(a.attr("href")));
        assertEquals(run.cells().size(), targets.size(), "no two cells share a details section");

        int crash = indexOf(run, "b", "worker-17");
        Element details = doc.getElementById("cell-" + crash);
        assertTrue(details.text().contains("LLVM ERROR: boom"));
        assertTrue(details.text().contains("Expected OK"), details.text());
        assertTrue(details.select("a[href^=#asm-]").isEmpty(), "a crash has no assembly");
    }

    @Test
    void assemblyIsShownOncePerDistinctHash() {
        Run run = matrix();
        Document doc = Jsoup.parse(HtmlReport.render(run));
        long distinct = run.cells().stream().map(Cell::asmHash).filter(h -> h != null).distinct().count();
        assertEquals(2, distinct);
        Elements pres = doc.select("pre[id^=asm-]");
        assertEquals(2, pres.size());
        // Three cells share A: all link to the same block.
        String a = "#asm-" + run.cells().get(indexOf(run, "a", "worker-17")).asmHash();
        assertEquals(3, doc.select("#details a[href=\"" + a + "\"]").size());
        assertTrue(doc.getElementById(a.substring(1)).text().contains("movaps %xmm0, (%rsp)"));
    }

    @Test
    void diffsAppearOnlyBetweenNeighbouringBackendsWithDifferentAssembly() {
        RunFixture f = new RunFixture(dir);
        String a = f.asm(A);
        String b = f.asm(B);
        // Row 1: same, same, different: one diff, worker-17 -> llc-22.
        f.add(cell("one", "worker-16").asm(a)).add(cell("one", "worker-17").asm(a)).add(cell("one", "llc-22").asm(b));
        // Row 2: the middle cell crashed, so the outer two are not neighbours: no diff.
        f.add(cell("two", "worker-16").asm(a)).add(cell("two", "worker-17").outcome("CRASH", "boom"))
                .add(cell("two", "llc-22").asm(b));
        // Row 3: the middle cell is missing: still not neighbours.
        f.add(cell("three", "worker-16").asm(a)).add(cell("three", "llc-22").asm(b));
        Run run = f.write();
        Document doc = Jsoup.parse(HtmlReport.render(run));

        Elements diffs = doc.select("section.diff");
        assertEquals(1, diffs.size(), diffs.outerHtml());
        int right = indexOf(run, "one", "llc-22");
        assertEquals("diff-" + right, diffs.get(0).id());
        assertEquals(1, diffs.get(0).select("table.sxs").size());
        assertEquals(2, diffs.get(0).select("table.sxs thead th").size(), "two columns");
        assertEquals("movaps", diffs.get(0).select("table.sxs del").text());
        assertEquals("movups", diffs.get(0).select("table.sxs ins").text());
        assertEquals(1, doc.getElementById("cell-" + right).select("a[href=\"#diff-" + right + "\"]").size(),
                "the right-hand cell links to its diff");
        assertEquals(1, doc.select("table.sxs").size());
    }

    @Test
    void noDiffsWhenNeighboursAgree() {
        RunFixture f = new RunFixture(dir);
        String a = f.asm(A);
        f.add(cell("one", "worker-16").asm(a)).add(cell("one", "worker-17").asm(a)).add(cell("one", "llc-22").asm(a));
        Document doc = Jsoup.parse(HtmlReport.render(f.write()));
        assertEquals(0, doc.select("section.diff").size());
        assertEquals(1, doc.select("pre[id^=asm-]").size());
        assertNotNull(doc.getElementById("diffs"), "the nav link still resolves");
    }

    @Test
    void hostileInputsComeOutAsText() {
        String script = "<script>alert(1)</script>";
        String at = "0x0: call <script>alert(2)</script>";
        String message = "error: \"bad\" <img src=x onerror=alert(3)> & co";
        RunFixture f = new RunFixture(dir);
        String asm = f.asm("call <script>alert(4)</script>\niretq\n");
        f.add(cell("evil", "worker-16").title(script).target("x86_64 'quoted\" <b>bold</b>").bug("gpr-clobbered")
                .finding("gpr-clobbered", at, "</td></tr></table><script>alert(5)</script>").asm(asm)
                .passLog("<script>alert(6)</script>").warnings("<iframe></iframe>"));
        f.add(cell("evil", "worker-17").title(script).target("x86_64 'quoted\" <b>bold</b>")
                .outcome("REJECTED", message).differsFrom("OK"));
        String html = HtmlReport.render(f.write());
        Document doc = Jsoup.parse(html);

        assertEquals(1, doc.select("script").size(), "the page's own filter is its one script element");
        assertFalse(doc.select("script").get(0).data().contains("alert"), "and holds nothing from inputs");
        assertTrue(doc.select("img, iframe, b:matchesOwn(^bold$)").isEmpty(), "no element from inputs");
        String text = doc.text();
        assertTrue(text.contains(script));
        assertTrue(text.contains(at));
        assertTrue(text.contains(message));
        assertTrue(text.contains("call <script>alert(4)</script>"));
        assertTrue(text.contains("x86_64 'quoted\" <b>bold</b>"));
        assertEquals(script, doc.select("#heatmap tbody th[title]").get(0).attr("title"));
        assertEquals(html.indexOf("<script>\n(function ()"), html.lastIndexOf("<script"), "not even as a raw substring");
    }

    @Test
    void theSameRunGivesTheSamePageWhateverItsTimings() {
        Run first = matrix();
        String page = HtmlReport.render(first);
        assertEquals(page, HtmlReport.render(Run.load(dir)));

        List<Cell> slower = first.cells().stream().map(c -> new Cell(c.caseId(), c.caseFile(), c.title(),
                c.upstream(), c.subject(), c.target(), c.backend(), c.llvmVersion(), c.fixed(), c.passes(), c.outcome(),
                c.kinds(), c.findings(), c.message(), c.expected(), c.verdict(), c.asmHash(), c.passLog(), c.warnings(),
                new Cell.Timings(999, 999, 999), c.oracle(), null)).toList();
        assertEquals(page, HtmlReport.render(new Run(first.folder(), first.info(), slower)));

        // Control: a change in a finding does change the page.
        List<Cell> changed = first.cells().stream().map(c -> c.outcome() == Outcome.CRASH ? new Cell(c.caseId(),
                c.caseFile(), c.title(), c.upstream(), c.subject(), c.target(), c.backend(), c.llvmVersion(), c.fixed(),
                c.passes(), Outcome.TIMEOUT, c.kinds(), c.findings(), c.message(), c.expected(), c.verdict(), c.asmHash(), c.passLog(),
                c.warnings(), c.timings(), c.oracle(), null) : c).toList();
        assertFalse(page.equals(HtmlReport.render(new Run(first.folder(), first.info(), changed))));
    }

    static int indexOf(Run run, String caseFile, String backend) {
        for (int i = 0; i < run.cells().size(); i++) {
            Cell c = run.cells().get(i);
            if (c.caseFile().equals(caseFile) && c.backend().equals(backend) && !c.fixed()
                    && c.target().equals("x86_64-unknown-none")) {
                return i;
            }
        }
        throw new AssertionError("no cell " + caseFile + " " + backend);
    }

    @Test
    void whatChangedSinceThePreviousRunIsMarked() {
        RunFixture before = new RunFixture(dir.resolve("before"));
        before.add(cell("a", "worker-16")).add(cell("b", "worker-16").bug("gpr-clobbered")).add(cell("c", "worker-16"));
        RunFixture after = new RunFixture(dir.resolve("after"));
        after.add(cell("a", "worker-16").bug("misaligned-stack-access")).add(cell("b", "worker-16")).add(cell("c", "worker-16"));
        Run now = after.write();
        Document doc = Jsoup.parse(HtmlReport.render(now, RunComparison.compare(before.write(), now)));
        Elements cells = doc.select("#heatmap td.cell");
        assertTrue(cells.get(0).hasClass("new"), cells.get(0).outerHtml());
        assertEquals("new", cells.get(0).select("span.change").text());
        assertEquals("fixed", cells.get(1).select("span.change.fixed").text());
        assertTrue(cells.get(2).select("span.change").isEmpty(), "an unchanged cell carries no mark");
        assertTrue(doc.getElementById("changes").text().contains("new bugs (1)"), doc.getElementById("changes").text());
        assertNotNull(doc.getElementById("filter-changed"));
        // The control: without a previous run nothing is marked.
        Document alone = Jsoup.parse(HtmlReport.render(now));
        assertTrue(alone.select(".change").isEmpty());
        assertNull(alone.getElementById("changes"));
    }

    @Test
    void theOracleIsInTheHeatMapAndTheFlaggedInstructionInTheAssembly() {
        RunFixture f = new RunFixture(dir);
        String a = f.asm(A);
        f.add(cell("a", "worker-16").bug("misaligned-stack-access").expect("BUG: misaligned-stack-access").asm(a)
                .oracle(true, "gpr-clobbered"))
                .add(cell("b", "worker-16").asm(a).oracle(false));
        Document doc = Jsoup.parse(HtmlReport.render(f.write()));
        Elements oracle = doc.select("#heatmap td.cell small.oracle");
        assertEquals(List.of("QEMU: BUG: gpr-clobbered ≠", "QEMU: OK"), oracle.eachText());
        assertTrue(oracle.get(0).hasClass("differs"));
        assertFalse(oracle.get(1).hasClass("differs"));
        Elements marked = doc.select("#cell-0 pre.asm.inline mark.flagged");
        assertEquals(List.of("movaps %xmm0, (%rsp)"), marked.eachText());
        assertTrue(marked.get(0).attr("title").startsWith("misaligned-stack-access: "), marked.get(0).attr("title"));
        assertTrue(doc.select("#cell-0 pre.asm.inline").text().contains("popq %rax"), "the other lines are there, unmarked");
        assertTrue(doc.select("#cell-1 pre.asm.inline").isEmpty(), "a cell without findings links to its assembly instead");
    }

    @Test
    void aFlaggedInstructionTheDisassemblerPrintsWithNumbersIsFoundByItsShapeOrSaidToBeMissing() {
        RunFixture f = new RunFixture(dir);
        String a = f.asm("h:\nmulss .L1(%rip), %xmm0\nflds mean\ncallq *log@GOTPCREL(%rip)\niretq\n");
        f.add(cell("a", "worker-16").bug().asm(a)
                .finding("fp-env-inherited", "0x4: mulss (%rip), %xmm0", "r1")
                .finding("x87-state-clobbered", "0xc: flds 0", "r2")
                .finding("x87-state-clobbered", "0x12: callq log", "r3"));
        Document doc = Jsoup.parse(HtmlReport.render(f.write()));
        assertEquals(List.of("mulss .L1(%rip), %xmm0", "flds mean"), doc.select("#cell-0 mark.flagged").eachText());
        assertEquals(List.of("Not found in the text above (the assembly printer writes it otherwise): 0x12: callq log"),
                doc.select("#cell-0 p.unlocated").eachText());
    }
}
