package org.iretlab.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.iretlab.common.InputException;
import org.iretlab.common.ShardSet;
import org.iretlab.corpus.CorpusCase;

/**
 * Joins the folders of one explore run's shards ({@code explore --shard I/N}, e.g. the jobs of a
 * CI matrix) into one explore folder: their results in handler order, their reproducers, and the
 * signatures computed again over all results by {@link Signatures}, as one unsharded run computes
 * them. The merged folder is shard 1/1 of the same seed, backends and oracle, so
 * {@code explore --resume} continues it: it judges only what no shard did.
 */
public final class ExploreMerge {
    private static final Pattern HANDLER = Pattern.compile("explore_\\d+");

    /** The merged run: every handler's result, its signatures, and which shards of how many it holds. */
    public record Merged(List<HandlerResult> results, List<Signature> signatures, TreeSet<Integer> shards, int of) {
        public boolean complete() {
            return shards.size() == of;
        }
    }

    private ExploreMerge() {}

    /**
     * Checks that {@code folders} are distinct shards of one explore command (every one of them
     * unless {@code partial}, no handler in two), then writes the merged folder {@code out} (new or
     * empty; hold its RunLock), its signatures classed by {@code corpus}.
     */
    public static Merged merge(List<Path> folders, Path out, boolean partial, List<CorpusCase> corpus) {
        Path firstFolder = folders.get(0);
        ExploreStore.Asked first = ExploreStore.asked(firstFolder);
        ShardSet given = new ShardSet("(the file was edited or damaged): run that shard again");
        for (Path folder : folders) {
            ExploreStore.Asked asked = ExploreStore.asked(folder);
            List<String> differ = asked.differences(first, true);
            if (!differ.isEmpty()) {
                throw new InputException(folder + ": not a shard of the run " + firstFolder + " is (" + String.join("; ", differ)
                        + "): merge only the shards of one `iretlab explore` command");
            }
            given.add(folder, asked.shard());
        }
        given.requireAll(partial);
        Map<String, HandlerResult> results = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        for (Path folder : folders) {
            for (HandlerResult h : ExploreStore.read(folder)) {
                checkNamed(folder, h);
                Path before = from.putIfAbsent(h.name(), folder);
                if (before != null) {
                    throw new InputException(folder + ": handler " + h.name() + " is in " + before + " too: a handler belongs to "
                            + "one shard (was a folder's " + ExploreStore.INFO + " edited?): merge each shard's own folder");
                }
                results.put(h.name(), h);
            }
        }
        if (Files.exists(out.resolve(ExploreStore.INFO)) || Files.exists(out.resolve(ExploreStore.RESULTS))) {
            throw new InputException(out + ": already holds a run: merge into a new or empty folder");
        }
        ExploreStore.Asked merged = new ExploreStore.Asked(first.seed(), first.backends(), first.oracle(), "1/1", first.count(),
                first.time(), first.generators());
        List<Signature> signatures;
        try (ExploreStore store = ExploreStore.open(out, merged, false)) {
            for (HandlerResult h : results.values()) {
                copy(from.get(h.name()), h, out);
                store.append(h);
            }
            signatures = new Signatures(corpus).of(store.all());
            store.writeFindings(signatures);
            store.writeReport(ExploreReport.html(store.all(), signatures));
        }
        return new Merged(List.copyOf(results.values()), signatures, given.seen(), given.of());
    }

    /**
     * A result names its reproducer where explore writes it (nothing else is copied out of a shard's
     * folder), and the reproducer is there: checked before anything is written.
     */
    private static void checkNamed(Path folder, HandlerResult h) {
        if (h.name() == null || !HANDLER.matcher(h.name()).matches() || !ExploreStore.reproducer(h.name()).equals(h.file())) {
            throw new InputException(folder.resolve(ExploreStore.RESULTS) + ": a result names handler '" + h.name() + "' at '"
                    + h.file() + "', not as explore writes them: the file was edited or damaged: run that shard again");
        }
        if (!Files.isRegularFile(folder.resolve(h.file()))) {
            throw new InputException(folder.resolve(h.file()) + ": the reproducer of " + h.name() + " is missing: merge the shard "
                    + "folders as explore wrote them (whole, with " + ExploreStore.HANDLERS + "/)");
        }
    }

    private static void copy(Path shard, HandlerResult h, Path out) {
        try {
            Files.copy(shard.resolve(h.file()), out.resolve(h.file()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write " + h.file() + ": " + e.getMessage() + " (give another --out)");
        }
    }
}
