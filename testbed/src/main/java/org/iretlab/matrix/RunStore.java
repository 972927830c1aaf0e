package org.iretlab.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellKey;
import org.iretlab.common.InputException;
import org.iretlab.common.JsonLines;

/**
 * A run's folder: {@code run.json} (what was asked), {@code cells.jsonl} (one line per finished
 * cell, appended and flushed as each cell ends, so a killed run loses at most the cell it was
 * writing), and {@code asm/HASH.s} (normalised assembly, once per distinct content).
 */
public final class RunStore implements AutoCloseable {
    public static final String INFO = "run.json";
    public static final String CELLS = "cells.jsonl";
    public static final String ASM = "asm";

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Path folder;
    private final Map<CellKey, Cell> done;
    private final BufferedWriter cells;
    private final Set<String> edited;

    private RunStore(Path folder, Map<CellKey, Cell> done, BufferedWriter cells, Set<String> edited) {
        this.folder = folder;
        this.done = done;
        this.cells = cells;
        this.edited = edited;
    }

    /**
     * Opens a run folder for writing (hold its {@link RunLock} first). A fresh run needs an empty or
     * missing folder; {@code resume} needs a run asked the same (backends, cases, passes, shard,
     * oracle) and keeps every cell it finished, except those of cases edited since: they run again,
     * so a resumed run says what a fresh one would.
     */
    public static RunStore open(Path folder, RunInfo info, boolean resume) {
        try {
            Files.createDirectories(folder.resolve(ASM));
            Path infoFile = folder.resolve(INFO);
            Map<CellKey, Cell> done = new LinkedHashMap<>();
            Set<String> edited = Set.of();
            if (resume && Files.exists(infoFile)) {
                RunInfo previous = readInfo(folder);
                List<String> asked = previous.askedDifferently(info);
                if (!asked.isEmpty()) {
                    throw new InputException(infoFile + ": the run there was asked something else (" + String.join("; ", asked)
                            + "): resume it with the same options, or use another --out");
                }
                edited = previous.editedIn(info);
                for (Cell r : readCells(folder, true)) {
                    if (!isOf(edited, r)) {
                        done.put(r.key(), r);
                    }
                }
            } else if (Files.exists(folder.resolve(CELLS))) {
                throw new InputException(folder + ": holds the results of an earlier run: give --resume to continue it, "
                        + "or another --out");
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(infoFile.toFile(), info);
            BufferedWriter w = JsonLines.rewriteForAppend(folder.resolve(CELLS), done.values(), JSON);
            return new RunStore(folder, done, w, edited);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write the run's results: " + e.getMessage());
        }
    }

    /** True when the cell is a row of one of the inputs (a case, or a handler of a plain file). */
    private static boolean isOf(Set<String> inputs, Cell cell) {
        return inputs.stream().anyMatch(i -> cell.caseFile().equals(i) || cell.caseFile().startsWith(i + HandlerRows.SEPARATOR));
    }

    public boolean isDone(CellKey key) {
        return done.containsKey(key);
    }

    public int doneCount() {
        return done.size();
    }

    /** The cases edited since the run was resumed from recorded them: their cells run again. */
    public Set<String> edited() {
        return edited;
    }

    /** Stores normalised assembly under its hash, once: a second cell with the same code shares the file. */
    public void storeAsm(String hash, String normalisedAsm) {
        try {
            Path asm = folder.resolve(ASM).resolve(hash + ".s");
            if (!Files.exists(asm)) {
                Path tmp = Files.createTempFile(folder.resolve(ASM), "tmp-", ".s");
                Files.writeString(tmp, normalisedAsm);
                Files.move(tmp, asm, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": cannot store assembly: " + e.getMessage(), e);
        }
    }

    /** Stores the cell durably (its assembly first, with {@link #storeAsm}) before returning. */
    public synchronized void append(Cell cell) {
        try {
            cells.write(JSON.writeValueAsString(cell));
            cells.newLine();
            cells.flush();
            done.put(cell.key(), cell);
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": cannot store a cell: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            cells.close();
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": cannot close " + CELLS + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of normalised assembly, the name it is stored under. */
    public static String hash(String normalisedAsm) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalisedAsm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    public static RunInfo readInfo(Path folder) {
        Path file = folder.resolve(INFO);
        if (!Files.exists(file)) {
            throw new InputException(folder + ": not a matrix run (no " + INFO + "): give the --out folder of `iretlab matrix`");
        }
        try {
            return JSON.readValue(file.toFile(), RunInfo.class);
        } catch (IOException e) {
            throw new InputException(file + ": unreadable: " + e.getMessage());
        }
    }

    /**
     * The cells of a run folder. A last line without its newline is the cell a killed run was
     * writing: {@code tolerateCut} drops it; any other bad line is an error naming file:line.
     */
    public static List<Cell> readCells(Path folder, boolean tolerateCut) {
        return JsonLines.read(folder.resolve(CELLS), Cell.class, JSON, tolerateCut, "a cell record");
    }

    /** The stored normalised assembly of a hash, or null when the run folder lacks it. */
    public static String readAsm(Path folder, String hash) {
        if (hash == null) {
            return null;
        }
        try {
            Path f = folder.resolve(ASM).resolve(hash + ".s");
            return Files.exists(f) ? Files.readString(f) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
