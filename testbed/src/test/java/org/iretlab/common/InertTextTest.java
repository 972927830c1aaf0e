package org.iretlab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input text made inert per medium: no lit or FileCheck directive, no HTML, no terminal control sequence survives. */
class InertTextTest {
    private static final List<String> PREFIXES = List.of("CHECK", "ALIGN");

    @Test
    void noLitKeywordSurvivesEvenInsideAWord() {
        for (String k : InertText.LIT_KEYWORDS) {
            for (String line : List.of(k + " touch x", "title " + k + " x", "PRE" + k + "x", k + k)) {
                String inert = InertText.litLine(line, PREFIXES, List.of());
                assertNull(InertText.litDirective(inert, PREFIXES), line + " -> " + inert);
            }
        }
        assertEquals("RUN : touch FILE", InertText.litLine("RUN: touch FILE", PREFIXES, List.of()));
        assertEquals("the END . of it", InertText.litLine("the END. of it", PREFIXES, List.of()));
    }

    @Test
    void noFileCheckDirectiveOfTheTestsPrefixesSurvives() {
        for (String line : List.of("CHECK: x", "x CHECK-NEXT: y", "CHECK-COUNT-2: z", "CHECK-DAG{LITERAL}: w", "(ALIGN-NOT: v",
                "COM: c")) {
            String inert = InertText.litLine(line, PREFIXES, List.of());
            assertNull(InertText.litDirective(inert, PREFIXES), line + " -> " + inert);
            assertTrue(inert.contains(" :"), inert);
        }
        // FileCheck needs the prefix to start a word: these are not directives and stay as they are.
        assertEquals("XCHECK: y", InertText.litLine("XCHECK: y", PREFIXES, List.of()));
        assertEquals("see CHECK lines", InertText.litLine("see CHECK lines", PREFIXES, List.of()));
    }

    @Test
    void markersTheExporterReadsBackAndControlCharactersAreBrokenToo() {
        String inert = InertText.litLine("iretlab: passes with LLVM 99\rRUN: x\u001b[31m", PREFIXES, List.of("iretlab: "));
        assertFalse(inert.contains("iretlab:"), inert);
        assertFalse(inert.contains("\r") || inert.contains("\u001b"), inert);
    }

    @Test
    void markdownShowsHtmlAndControlsAsText() {
        String md = InertText.markdown("<script>alert(1)</script><img src=x onerror=alert(1)> \u001b[31mred\u001b[0m\nnext");
        assertFalse(md.contains("<") || md.contains(">") || md.contains("\u001b") || md.contains("\n"), md);
        // Rendered, the escaped escape reads \x1b[31mred.
        assertTrue(md.contains("&lt;script&gt;") && md.contains("\\\\x1b\\[31mred"), md);
        assertEquals("a'b", InertText.markdownCode("a`b"));
        assertEquals("````", InertText.markdownFence(List.of("x ``` y")));
        assertEquals("```", InertText.markdownFence(List.of("plain")));
    }

    @Test
    void terminalKeepsLinesButNoControlSequence() {
        String t = InertText.terminal("@\u001b[2J\u001b]0;title\u0007x\ry\u009b31m\u202eevil\nnext\tcol");
        assertFalse(t.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == '\r' || c == 0x9b || c == 0x202e), t);
        assertTrue(t.contains("\\x1b[2J") && t.contains("\nnext\tcol") && t.contains("\\u202e"), t);
        assertEquals("plain text", InertText.terminal("plain text"));
    }
}
