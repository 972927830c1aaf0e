package org.iretlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Terminal tables: as wide as their content, never wider than the terminal, no text lost to a wrap. */
class TextTableTest {
    private static final String EVIDENCE = "DIFFERS: 13-16 expects misaligned-stack-access x87-state-clobbered mmx-state-clobbered "
            + "gpr-clobbered (found: OK)";

    private static TextTable table() {
        return new TextTable(List.of("case", "target", "n", "expected"), Set.of(2))
                .add(List.of("01-ecode", "x86_64-unknown-none mattr=-sse", "3", EVIDENCE))
                .add(List.of("a-rather-long-case-name-from-a-front-end", "i686-unknown-linux-gnu", "12", "as expected"));
    }

    @Test
    void aWideTerminalGetsOneLinePerRowWithColumnsAsWideAsTheirContent() {
        List<String> lines = table().lines(300);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("01-ecode" + " ".repeat(40 - 8) + "  x86_64-unknown-none mattr=-sse  "), lines.get(1));
        assertTrue(lines.get(1).contains("   3  DIFFERS"), "numbers right-aligned: " + lines.get(1));
    }

    @Test
    void aNarrowTerminalWrapsCellsWithinTheirColumnsAndLosesNoCharacter() {
        TextTable t = table();
        long given = Stream.of("01-ecode", "x86_64-unknown-none mattr=-sse", "3", EVIDENCE, "a-rather-long-case-name-from-a-front-end",
                "i686-unknown-linux-gnu", "12", "as expected").mapToLong(TextTableTest::visible).sum();
        for (int width : new int[] {100, 80, 60}) {
            List<String> lines = t.lines(width);
            lines.forEach(l -> assertTrue(l.length() <= width, width + ": " + l.length() + " > width: " + l));
            assertEquals(given, lines.stream().skip(1).mapToLong(TextTableTest::visible).sum(), String.join("\n", lines));
            assertTrue(lines.size() > 3, "wrapped: " + String.join("\n", lines));
        }
    }

    private static long visible(String s) {
        return s.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    @Test
    void aHeaderWiderThanItsNumbersIsCutAndTheNumbersAreNot() {
        List<String> lines = new TextTable(List.of("backend", "subject cases"), Set.of(1)).add(List.of("worker-17", "12")).lines(16);
        assertTrue(lines.get(0).contains("~") && lines.get(0).length() <= 16, lines.get(0));
        assertTrue(lines.get(1).matches("worker-17 +12"), lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void aRowOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> table().add(List.of("only", "three", "cells")));
    }

    @Test
    void hangingLinesIndentAllButTheFirst() {
        List<String> lines = TextTable.hanging("one two three four five six", 12, "  ", "    ");
        assertEquals(List.of("  one two", "    three", "    four", "    five six"), lines);
    }
}
