package org.iretlab.explore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.common.InputException;
import org.iretlab.common.JsonLines;

/**
 * An explore run's folder: {@code explore.json} (what was asked), {@code handlers/} (the generated
 * reproducers), {@code results.jsonl} (one line per finished handler, flushed as it ends, so a
 * killed run loses at most the handler it was on) and {@code findings.jsonl} (the signatures,
 * rewritten from the results at the end). Hold the folder's RunLock while it is open.
 */
public final class ExploreStore implements AutoCloseable {
    public static final String INFO = "explore.json";
    public static final String RESULTS = "results.jsonl";
    public static final String FINDINGS = "findings.jsonl";
    public static final String HANDLERS = "handlers";

    /** What a run was asked: a resumed run must be asked the same, or its results would mix two runs. */
    public record Asked(long seed, List<String> backends, boolean oracle, String shard) {}

    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path folder;
    private final Map<String, HandlerResult> done;
    private final BufferedWriter results;

    private ExploreStore(Path folder, Map<String, HandlerResult> done, BufferedWriter results) {
        this.folder = folder;
        this.done = done;
        this.results = results;
    }

    public static ExploreStore open(Path folder, Asked asked, boolean resume) {
        try {
            Files.createDirectories(folder.resolve(HANDLERS));
            Path info = folder.resolve(INFO);
            Map<String, HandlerResult> done = new LinkedHashMap<>();
            if (resume && Files.exists(info)) {
                Asked before = JSON.readValue(info.toFile(), Asked.class);
                if (!before.equals(asked)) {
                    throw new InputException(info + ": the run there was asked " + before + ", not " + asked
                            + ": resume it with the same --seed, --llvm, --oracle and --shard, or use another --out");
                }
                read(folder).forEach(h -> done.put(h.name(), h));
            } else if (Files.exists(folder.resolve(RESULTS))) {
                throw new InputException(folder + ": holds the results of an earlier explore run: give --resume to continue it, "
                        + "or another --out");
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(info.toFile(), asked);
            return new ExploreStore(folder, done, JsonLines.rewriteForAppend(folder.resolve(RESULTS), done.values(), JSON));
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write the explore run: " + e.getMessage() + " (give another --out)");
        }
    }

    /** Every finished handler of a run folder; a line cut short by a killed run is left out. */
    public static List<HandlerResult> read(Path folder) {
        return JsonLines.read(folder.resolve(RESULTS), HandlerResult.class, JSON, true, "a handler's result");
    }

    public boolean isDone(String handler) {
        return done.containsKey(handler);
    }

    public int doneCount() {
        return done.size();
    }

    /** Where a handler's reproducer goes, relative to the run folder. */
    static String reproducer(String name) {
        return HANDLERS + "/" + name + ".ll";
    }

    Path folder() {
        return folder;
    }

    synchronized void append(HandlerResult h) {
        try {
            results.write(JSON.writeValueAsString(h));
            results.newLine();
            results.flush();
            done.put(h.name(), h);
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": cannot store a handler's results: " + e.getMessage(), e);
        }
    }

    public synchronized List<HandlerResult> all() {
        return List.copyOf(done.values());
    }

    public void writeFindings(List<Signature> signatures) {
        List<String> lines = new ArrayList<>();
        try {
            for (Signature s : signatures) {
                lines.add(JSON.writeValueAsString(s));
            }
            Files.write(folder.resolve(FINDINGS), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write " + FINDINGS + ": " + e.getMessage());
        }
    }

    public void writeReport(String html) {
        try {
            Files.writeString(folder.resolve(ExploreReport.FILE), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot write " + ExploreReport.FILE + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            results.close();
        } catch (IOException e) {
            throw new IllegalStateException(folder + ": cannot close " + RESULTS + ": " + e.getMessage(), e);
        }
    }
}
