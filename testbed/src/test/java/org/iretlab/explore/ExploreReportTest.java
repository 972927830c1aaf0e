package org.iretlab.explore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/** The page lists the signatures by class and shows generated text as text, never as markup. */
class ExploreReportTest {
    private static Signature signature(SignatureClass c, String at, String knownCase) {
        return new Signature("abc123", c, "gpr-clobbered", "static", at, "i686", "+avx", List.of(16, 19), List.of("llc-16", "llc-19"),
                2, "handlers/explore_000001.ll", knownCase, null, null);
    }

    @Test
    void classesInOrderWithReproducersAndTextEscaped() {
        HandlerResult h = new HandlerResult("explore_000001", "spec", "--params 1", null, "i686-unknown-linux-gnu", "i686", 32, "+avx",
                "handlers/explore_000001.ll", List.of(new Observation("llc-16", 16, Outcome.BUG, null, List.of(), null, null,
                        List.of(), List.of(), 0)));
        String html = ExploreReport.html(List.of(h), List.of(signature(SignatureClass.NEW, "<script>alert(1)</script>", null),
                signature(SignatureClass.KNOWN, "iretl", "01-misaligned-call-i686")));
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.indexOf("<h2>KNOWN (1)</h2>") < html.indexOf("<h2>NEW (1)</h2>"), html);
        assertTrue(html.contains("<a href=\"handlers/explore_000001.ll\">"), html);
        assertTrue(html.contains("1 handlers: 1 spec;") && html.contains("01-misaligned-call-i686"), html);
        assertFalse(html.contains("<h2>CRASH"), "a class without signatures has no section: " + html);
    }
}
