package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.iretlab.explore.ExploreStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge} of explore shards: two real shards of one static run, merged, give the unsharded
 * run's folder; shards that are not one run's, or not all of it, are refused with what to do.
 */
class ExploreMergeTest {
    private static final String CASES = "../ir-tests/cases";
    private static final String[] RUN = {"--seed", "3", "--count", "12"};

    /** Shared by the tests: the three runs are made once; each test merges into folders of its own. */
    @TempDir
    static Path tmp;

    private static Cli explore(Path out, String... more) {
        String[] base = {"explore", "--in-process", "--corpus", CASES, "-o", out.toString()};
        Cli run = Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
        assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.BUG, run.toString());
        return run;
    }

    private static Cli merge(String out, String... shards) {
        String[] base = {"merge", "--corpus", CASES, "-o", tmp.resolve(out).toString()};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(shards).map(s -> tmp.resolve(s).toString())).toArray(String[]::new));
    }

    private static String[] with(String... more) {
        return Stream.concat(Stream.of(RUN), Stream.of(more)).toArray(String[]::new);
    }

    @BeforeAll
    static void runs() {
        explore(tmp.resolve("whole"), RUN);
        explore(tmp.resolve("s1"), with("--shard", "1/2"));
        explore(tmp.resolve("s2"), with("--shard", "2/2"));
    }

    private static String read(String file) throws IOException {
        return Files.readString(tmp.resolve(file));
    }

    private static String handlers(String folder) throws IOException {
        return ExploreCommandTest.tree(tmp.resolve(folder).resolve(ExploreStore.HANDLERS));
    }

    @Test
    void twoShardsMergedAreTheUnshardedRunByteForByte() throws IOException {
        Cli merged = merge("merged", "s1", "s2");
        Cli whole = explore(tmp.resolve("whole"), with("--resume"));
        assertEquals(whole.exit(), merged.exit(), merged.toString());
        assertTrue(merged.out().contains("merged 2 of 2 explore shard(s) [1, 2], 12 handlers"), merged.toString());
        // Each shard alone finds less than the whole: the merge is what joins them, not either shard.
        assertFalse(read("s1/findings.jsonl").equals(read("whole/findings.jsonl")));
        assertFalse(read("whole/findings.jsonl").isEmpty());
        assertEquals(read("whole/findings.jsonl"), read("merged/findings.jsonl"));
        assertEquals(read("whole/results.jsonl"), read("merged/results.jsonl"));
        assertEquals(handlers("whole"), handlers("merged"));
        assertEquals(read("whole/report.html"), read("merged/report.html"));
        assertTrue(merged.out().contains("signatures: "), merged.toString());

        // The merged folder is shard 1/1 of the same run: resuming it judges nothing again, more handlers extend it.
        Cli resumed = explore(tmp.resolve("merged"), with("--resume"));
        assertTrue(resumed.out().contains("explore: 0 handlers judged now"), resumed.toString());
        assertEquals(read("whole/findings.jsonl"), read("merged/findings.jsonl"));
        Cli more = explore(tmp.resolve("merged"), "--seed", "3", "--count", "13", "--resume");
        assertTrue(more.out().contains("explore: 1 handlers judged now"), more.toString());

        Cli again = merge("merged", "s1", "s2");
        assertEquals(ExitCodes.INPUT, again.exit(), again.toString());
        assertTrue(again.err().contains("already holds a run: merge into a new or empty folder"), again.toString());
    }

    @Test
    void aMissingShardIsRefusedUnlessPartial() throws IOException {
        Cli missing = merge("missing", "s1");
        assertEquals(ExitCodes.INPUT, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("shards [2] of 2 are missing: give every shard's folder, or --partial"), missing.toString());
        assertFalse(Files.exists(tmp.resolve("missing/results.jsonl")));

        Cli partial = Cli.run("merge", "--partial", "--corpus", CASES, "-o", tmp.resolve("partial").toString(), tmp.resolve("s1").toString());
        assertTrue(partial.exit() == ExitCodes.OK || partial.exit() == ExitCodes.BUG, partial.toString());
        assertTrue(partial.out().contains("merged 1 of 2 explore shard(s) [1], 6 handlers"), partial.toString());
        assertEquals(read("s1/results.jsonl"), read("partial/results.jsonl"));
        // What the missing shard would have judged, resuming the partial merge judges.
        Cli resumed = explore(tmp.resolve("partial"), with("--resume"));
        assertTrue(resumed.out().contains("explore: 6 handlers judged now"), resumed.toString());
        assertEquals(read("whole/findings.jsonl"), read("partial/findings.jsonl"));
    }

    @Test
    void aShardGivenTwiceOrAHandlerInTwoShardsIsRefused() throws IOException {
        Cli twice = merge("twice", "s1", "s2", "s1");
        assertEquals(ExitCodes.INPUT, twice.exit(), twice.toString());
        assertTrue(twice.err().contains("s1: shard 1/2 is given twice"), twice.toString());

        // A copy of shard 1 that claims to be shard 2: its handlers are shard 1's.
        Path copy = tmp.resolve("s1-as-2");
        Files.createDirectories(copy.resolve(ExploreStore.HANDLERS));
        Files.copy(tmp.resolve("s1").resolve(ExploreStore.RESULTS), copy.resolve(ExploreStore.RESULTS));
        Files.writeString(copy.resolve(ExploreStore.INFO), read("s1/" + ExploreStore.INFO).replace("\"1/2\"", "\"2/2\""));
        // Without its reproducers first: the folder is refused for them, before anything is written.
        Cli bare = merge("bare", "s1", "s1-as-2");
        assertEquals(ExitCodes.INPUT, bare.exit(), bare.toString());
        assertTrue(bare.err().contains("handlers/explore_000000.ll: the reproducer of explore_000000 is missing"), bare.toString());
        assertFalse(Files.exists(tmp.resolve("bare/" + ExploreStore.INFO)));
        Files.copy(tmp.resolve("s1/handlers/explore_000000.ll"), copy.resolve("handlers/explore_000000.ll"));
        Cli both = merge("both", "s1", "s1-as-2");
        assertEquals(ExitCodes.INPUT, both.exit(), both.toString());
        assertTrue(both.err().contains("handler explore_000000 is in " + tmp.resolve("s1") + " too"), both.toString());
        assertFalse(both.err().contains("Exception"), both.toString());
    }

    @Test
    void shardsOfAnotherCommandAreRefusedSayingWhatDiffers() {
        explore(tmp.resolve("seed4"), "--seed", "4", "--count", "12", "--shard", "2/2");
        Cli seed = merge("seed", "s1", "seed4");
        assertEquals(ExitCodes.INPUT, seed.exit(), seed.toString());
        assertTrue(seed.err().contains("seed4: not a shard of the run " + tmp.resolve("s1") + " is (--seed: 3 there, 4 here)"),
                seed.toString());
        assertTrue(seed.err().contains("merge only the shards of one `iretlab explore` command"), seed.toString());
        assertFalse(Files.exists(tmp.resolve("seed/results.jsonl")));

        explore(tmp.resolve("count10"), "--seed", "3", "--count", "10", "--shard", "2/2");
        Cli count = merge("count", "s1", "count10");
        assertEquals(ExitCodes.INPUT, count.exit(), count.toString());
        assertTrue(count.err().contains("(--count: 12 there, 10 here)"), count.toString());
    }

    @Test
    void shardsWhoseGeneratorsDifferAreRefused() throws IOException {
        // Another corpus mutates other cases: handler explore_000001 of seed 3 may be another handler there.
        Path corpus = Files.createDirectories(tmp.resolve("one-case"));
        try (Stream<Path> cases = Files.list(Path.of(CASES))) {
            Path first = cases.filter(f -> f.getFileName().toString().startsWith("01-")).findFirst().orElseThrow();
            Files.copy(first, corpus.resolve(first.getFileName()));
        }
        Cli run = Cli.run("explore", "--in-process", "--corpus", corpus.toString(), "-o", tmp.resolve("corpus1").toString(),
                "--seed", "3", "--count", "12", "--shard", "2/2");
        assertTrue(run.exit() == ExitCodes.OK || run.exit() == ExitCodes.BUG, run.toString());
        Cli other = merge("other", "s1", "corpus1");
        assertEquals(ExitCodes.INPUT, other.exit(), other.toString());
        assertTrue(other.err().contains("generators (llvm-stress, --corpus): llvm-stress "), other.toString());
        assertTrue(other.err().contains("; corpus 1 cases, sha256 "), other.toString());
    }

    @Test
    void aMatrixFolderIsNotMixedWithExploreFolders() {
        Cli matrix = Cli.run("matrix", "--llvm", "embedded", "--pass", "none", "--corpus", CASES, "--cases", "01", "--out", tmp.resolve("matrix").toString());
        assertTrue(matrix.exit() == ExitCodes.OK || matrix.exit() == ExitCodes.BUG, matrix.toString());
        Cli mixed = merge("mixed", "s1", "matrix");
        assertEquals(ExitCodes.INPUT, mixed.exit(), mixed.toString());
        assertTrue(mixed.err().contains("explore folders (" + tmp.resolve("s1") + ") and others (" + tmp.resolve("matrix")), mixed.toString());
        assertTrue(mixed.err().contains("merge the shards of one matrix or of one explore command at a time"), mixed.toString());
        assertFalse(Files.exists(tmp.resolve("mixed/results.jsonl")));
    }
}
