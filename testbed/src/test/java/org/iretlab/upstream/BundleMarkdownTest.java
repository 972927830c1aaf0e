package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iretlab.corpus.PlainCase;
import org.junit.jupiter.api.Test;

/** A bug report from a hostile case header: no raw HTML, no terminal escapes, and no IR line can close its code block. */
class BundleMarkdownTest {
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>\u001b[31m";

    @Test
    void headerTextIsShownNeverRendered() {
        String ir = "; a comment closing the fence: ```\n; ```\ndefine x86_intrcc void @h(ptr byval(i32) %f) {\n  ret void\n}\n";
        ReportBundle bundle = new ReportBundle("title " + HOSTILE, List.of("llvm#1 " + HOSTILE), "On i686, LLVM 16.0.6 shows it.", ir,
                List.of("llc -mtriple=i686-unknown-none repro.ll -o -"), "llc-16 (LLVM 16.0.6)",
                List.of("h:", "\tcalll g" + MarkedAssembly.MARK + "misaligned-call-site: why"), List.of("@h: other " + HOSTILE),
                "| Case | Target | a | b |\n|---|---|---|---|\n| x | y | z | w |\n\n", List.of("observed " + HOSTILE),
                "N/A: not asked", List.of("correct " + HOSTILE), null, List.of(), List.of("does " + HOSTILE), List.of());
        String md = BundleMarkdown.render(bundle);

        assertFalse(md.contains("<script") || md.contains("<img") || md.contains("\u001b"), md);
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;"), md);
        assertEquals(List.of(), BundleCheck.problems(md), md);
        String fenced = BundleCheck.fenced(md, BundlePart.IR, "llvm");
        assertTrue(fenced.contains("; ```\n") && fenced.contains("define x86_intrcc void @h"), fenced);
    }

    private static ReportBundle bundle(List<String> correct, List<String> headerWouldAdd) {
        return new ReportBundle("title", List.of(), "On i686, LLVM 16.0.6 shows it.", "define x86_intrcc void @h(ptr byval(i32) %f) {\n  ret void\n}\n",
                List.of("llc -mtriple=i686-unknown-none repro.ll -o -"), "llc-16 (LLVM 16.0.6)",
                List.of("h:", "\tcalll g" + MarkedAssembly.MARK + "misaligned-call-site: why"), List.of(),
                "| Case | Target | a | b |\n|---|---|---|---|\n| x | y | z | w |\n\n", List.of(), "N/A: not asked", correct, null,
                List.of(), List.of(), headerWouldAdd);
    }

    @Test
    void aPlainFileSaysWhatItsHeaderWouldAddAndACaseDoesNot() {
        String plain = BundleMarkdown.render(bundle(List.of(), PlainCase.HEADER_WOULD_ADD));
        assertEquals(List.of(), BundleCheck.problems(plain), plain);
        assertTrue(plain.contains(BundleMarkdown.NO_CORRECT) && plain.contains(BundleMarkdown.HEADER_HEADING), plain);

        String kase = BundleMarkdown.render(bundle(List.of("realign first"), List.of()));
        assertEquals(List.of(), BundleCheck.problems(kase), kase);
        assertFalse(kase.contains(BundleMarkdown.NO_CORRECT) || kase.contains(BundleMarkdown.HEADER_HEADING), kase);

        // The control: a "correct" part with neither the case's words nor the plain file's sentence is caught.
        String cut = plain.replace(BundleMarkdown.NO_CORRECT, "");
        assertTrue(BundleCheck.problems(cut).stream().anyMatch(p -> p.startsWith(BundlePart.CORRECT.heading)), cut);
    }
}
