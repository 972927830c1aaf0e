package org.iretlab.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A results file of one JSON record a line, appended to as work finishes, so that a killed run
 * loses at most the line it was writing and the next run resumes from the rest (matrix cells,
 * explore handlers).
 */
public final class JsonLines {
    private JsonLines() {}

    /**
     * The records of {@code file} (none when it does not exist). With {@code tolerateCut} its last line
     * may be cut short by a killed run and is left out; any other line that is not a {@code what} is
     * an error naming it, never silently dropped.
     */
    public static <T> List<T> read(Path file, Class<T> type, ObjectMapper json, boolean tolerateCut, String what) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file + ": unreadable: " + e.getMessage());
        }
        String[] lines = text.split("\n", -1);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(json.readValue(line, type));
            } catch (JsonProcessingException e) {
                if (i == lines.length - 1 && tolerateCut) {
                    break;
                }
                throw new InputException(file + ":" + (i + 1) + ": not " + what + " (" + e.getOriginalMessage()
                        + "); the file was edited or damaged: remove the line and resume, or start a new run");
            }
        }
        return out;
    }

    /**
     * Writes exactly {@code records} to {@code file} (atomically: a line a killed run cut short is gone, so
     * the next append starts on a line of its own), then opens it for appending.
     */
    public static BufferedWriter rewriteForAppend(Path file, Iterable<?> records, ObjectMapper json) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Object r : records) {
            b.append(json.writeValueAsString(r)).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, b);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
