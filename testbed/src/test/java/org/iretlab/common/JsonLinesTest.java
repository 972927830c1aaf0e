package org.iretlab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed run's last line is left out and the next append starts on a line of its own; damage elsewhere is named. */
class JsonLinesTest {
    record Item(String name, int n) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineCutShortByAKilledRunIsLeftOutAndOverwritten(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("r.jsonl"), "{\"name\":\"a\",\"n\":1}\n{\"name\":\"b\",\"n\":2}\n{\"name\":\"c\",\"n");
        List<Item> kept = JsonLines.read(file, Item.class, JSON, true, "an item");
        assertEquals(List.of(new Item("a", 1), new Item("b", 2)), kept);
        try (BufferedWriter w = JsonLines.rewriteForAppend(file, kept, JSON)) {
            w.write(JSON.writeValueAsString(new Item("c", 3)));
            w.newLine();
        }
        assertEquals(List.of(new Item("a", 1), new Item("b", 2), new Item("c", 3)), JsonLines.read(file, Item.class, JSON, false, "an item"));
    }

    @Test
    void damageAnywhereElseIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path middle = Files.writeString(dir.resolve("m.jsonl"), "{\"name\":\"a\",\"n\":1}\nnot json\n{\"name\":\"b\",\"n\":2}\n");
        InputException e = assertThrows(InputException.class, () -> JsonLines.read(middle, Item.class, JSON, true, "an item"));
        assertTrue(e.getMessage().startsWith(middle + ":2: not an item"), e.getMessage());
        // Without tolerance, even a cut last line is an error.
        Path cut = Files.writeString(dir.resolve("c.jsonl"), "{\"name\":\"a\",\"n\":1}\n{\"na");
        assertThrows(InputException.class, () -> JsonLines.read(cut, Item.class, JSON, false, "an item"));
        assertEquals(List.of(), JsonLines.read(dir.resolve("none.jsonl"), Item.class, JSON, true, "an item"));
    }
}
