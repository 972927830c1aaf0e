package org.iretlab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Progress on a terminal (count, current item, time left, within the width), and silence elsewhere. */
class ProgressTest {
    @Test
    void aBarShowsTheCountTheCurrentItemAndTheTimeLeftWithinTheWidth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress p = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "cells", 3, 60)) {
            p.item("case-a i686-unknown-linux-gnu");
            p.step();
            p.step();
            p.step();
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("3/3"), text);
        assertTrue(text.contains("case-a"), text);
        assertTrue(text.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), "elapsed / time left: " + text);
        assertTrue(Arrays.stream(text.split("\r")).allMatch(l -> l.length() < 60), text);
    }

    @Test
    void withoutATerminalNothingIsWritten() {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try (Progress p = Progress.start("cells", 2)) {
            // Under the test runner there is no console; IRETLAB_PROGRESS is not set for tests.
            assertFalse(Terminal.interactive());
            p.item("case-a");
            p.step();
            p.clearLine();
            p.step();
        } finally {
            System.setErr(saved);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOverrideDecidesOverTheConsole() {
        assertTrue(Terminal.interactive("always", false));
        assertFalse(Terminal.interactive("never", true));
        assertTrue(Terminal.interactive(null, true));
        assertFalse(Terminal.interactive("", false));
        InputException bad = assertThrows(InputException.class, () -> Terminal.interactive("sometimes", true));
        assertTrue(bad.getMessage().contains("IRETLAB_PROGRESS=sometimes"), bad.getMessage());
    }

    @Test
    void theWidthIsColumnsElseTheTerminalsElseTheDefault() {
        assertEquals(132, Terminal.width("132", () -> 80));
        assertEquals(80, Terminal.width(null, () -> 80));
        assertEquals(80, Terminal.width("wide", () -> 80));
        assertEquals(Terminal.DEFAULT_WIDTH, Terminal.width(null, () -> 0));
        assertEquals(Terminal.DEFAULT_WIDTH, Terminal.width("5", () -> 0), "too narrow to be meant");
    }
}
