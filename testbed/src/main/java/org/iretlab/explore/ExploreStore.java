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
import java.util.Objects;
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

    /**
     * What a run was asked ({@code explore.json}). A resumed run must be asked the same seed,
     * backends, oracle and shard, or its results would mix two runs (its limits may grow); shards
     * merge only when they were asked the same in everything but the shard.
     *
     * @param count {@code --count}, or null; {@code time} {@code --time} as given, or null (the last run's, when resumed)
     * @param generators {@link Generators#settings()}; null in a folder written before it was recorded
     */
    public record Asked(long seed, List<String> backends, boolean oracle, String shard, Integer count, String time,
            String generators) {

        /** What {@code other} was asked differently, as a person reads it ({@code --seed: 4 there, 3 here}); shard aside. */
        public List<String> differences(Asked other, boolean withLimits) {
            List<String> out = new ArrayList<>();
            differ(out, "--seed", seed, other.seed);
            differ(out, "--llvm", String.join(",", backends), String.join(",", other.backends));
            differ(out, "--oracle", oracle ? "on" : "off", other.oracle ? "on" : "off");
            if (withLimits) {
                differ(out, "--count", count == null ? "none" : count, other.count == null ? "none" : other.count);
                differ(out, "--time", time == null ? "none" : time, other.time == null ? "none" : other.time);
                differ(out, "generators (llvm-stress, --corpus)", generators, other.generators);
            }
            return out;
        }

        private static void differ(List<String> out, String what, Object here, Object there) {
            if (!Objects.equals(here, there)) {
                out.add(what + ": " + there + " there, " + here + " here");
            }
        }
    }

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
                Asked before = asked(folder);
                List<String> differ = asked.differences(before, false);
                if (!before.shard().equals(asked.shard())) {
                    differ.add("--shard: " + before.shard() + " there, " + asked.shard() + " here");
                }
                if (!differ.isEmpty()) {
                    throw new InputException(info + ": the run there was asked otherwise (" + String.join("; ", differ)
                            + "): resume it with the same --seed, --llvm, --oracle and --shard, or use another --out");
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

    /** What the run in {@code folder} was asked; an input error when the folder holds no explore run. */
    public static Asked asked(Path folder) {
        Path info = folder.resolve(INFO);
        if (!Files.isRegularFile(info)) {
            throw new InputException(folder + ": not an explore run folder (no " + INFO + "): give the --out folder of an "
                    + "`iretlab explore` run");
        }
        try {
            return JSON.readValue(info.toFile(), Asked.class);
        } catch (IOException e) {
            throw new InputException(info + ": unreadable (" + e.getMessage() + "); the file was edited or damaged: "
                    + "run explore again into another --out");
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
