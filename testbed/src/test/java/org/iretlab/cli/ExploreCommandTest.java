package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.explore.ExploreStore;
import org.iretlab.explore.HandlerResult;
import org.iretlab.explore.Observation;
import org.iretlab.oracle.Scenario;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explore on the embedded LLVM in this JVM: reproducible folders, resume, shards and bad input. */
class ExploreCommandTest {
    private static final String CASES = "../ir-tests/cases";

    @TempDir
    Path tmp;

    private Cli explore(Path out, String... more) {
        String[] base = {"explore", "--in-process", "--corpus", CASES, "-o", out.toString()};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    private static Set<String> names(Path out) {
        return ExploreStore.read(out).stream().map(HandlerResult::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The files of a folder, each name then text, in name order: two runs compare as one string. */
    static String tree(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(f -> {
                try {
                    return f.getFileName() + "\n" + Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void twoRunsOfOneSeedWriteTheSameHandlersAndSignatures() throws IOException {
        Cli a = explore(tmp.resolve("a"), "--seed", "7", "--count", "8");
        Cli b = explore(tmp.resolve("b"), "--seed", "7", "--count", "8");
        assertTrue(a.exit() == 0 || a.exit() == 1, a.toString());
        assertTrue(a.out().contains("explore: 8 handlers judged now"), a.toString());
        assertEquals(tree(tmp.resolve("a/handlers")), tree(tmp.resolve("b/handlers")));
        assertEquals(Files.readString(tmp.resolve("a/findings.jsonl")), Files.readString(tmp.resolve("b/findings.jsonl")));
        assertEquals(8, names(tmp.resolve("a")).size());
        assertTrue(Files.readString(tmp.resolve("a/report.html")).contains("<h1>iretlab explore</h1>"));
        Cli other = explore(tmp.resolve("c"), "--seed", "8", "--count", "8");
        assertFalse(tree(tmp.resolve("a/handlers")).equals(tree(tmp.resolve("c/handlers"))), other.toString());
    }

    @Test
    void aResumedRunKeepsWhatWasDoneAndAsksTheSame() {
        Path out = tmp.resolve("run");
        explore(out, "--seed", "3", "--count", "4");
        Cli more = explore(out, "--seed", "3", "--count", "6", "--resume");
        assertTrue(more.out().contains("resuming " + out + ": 4 handlers already done"), more.toString());
        assertTrue(more.out().contains("explore: 2 handlers judged now"), more.toString());
        assertEquals(6, names(out).size());
        Cli otherSeed = explore(out, "--seed", "4", "--count", "6", "--resume");
        assertEquals(ExitCodes.INPUT, otherSeed.exit(), otherSeed.toString());
        assertTrue(otherSeed.err().contains("resume it with the same --seed"), otherSeed.toString());
        Cli fresh = explore(out, "--seed", "3", "--count", "6");
        assertEquals(ExitCodes.INPUT, fresh.exit(), fresh.toString());
        assertTrue(fresh.err().contains("give --resume to continue it"), fresh.toString());
    }

    @Test
    void shardsSplitTheHandlersOfOneSeed() {
        explore(tmp.resolve("s1"), "--seed", "5", "--count", "6", "--shard", "1/2");
        explore(tmp.resolve("s2"), "--seed", "5", "--count", "6", "--shard", "2/2");
        Set<String> one = names(tmp.resolve("s1"));
        Set<String> two = names(tmp.resolve("s2"));
        assertEquals(Set.of("explore_000000", "explore_000002", "explore_000004"), one);
        assertEquals(Set.of("explore_000001", "explore_000003", "explore_000005"), two);
    }

    @Test
    void underTheOracleEveryCompiledHandlerRunsTheQuickSetAndTheStandardOneWhereSomethingShows() {
        Path out = tmp.resolve("oracle");
        Cli run = explore(out, "--seed", "1", "--count", "3", "--oracle");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.toString());
        int quick = Scenario.quick(false).size();
        int standard = Scenario.standard(false).size();
        int checked = 0;
        for (HandlerResult h : ExploreStore.read(out)) {
            for (Observation o : h.observations()) {
                if (o.outcome() == Outcome.OK || o.outcome() == Outcome.BUG) {
                    boolean showed = !o.found().isEmpty() || o.oracleOutcome() != Outcome.OK;
                    assertTrue(o.oracleOutcome() != null, h.name() + " was not run under QEMU");
                    // The standard set has one scenario more on 64-bit (single-stepped), as has the quick one.
                    int expected = (showed ? standard : quick) + (h.bits() == 64 ? 1 : 0);
                    assertEquals(expected, o.scenarios(), h.name() + ": " + o);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no handler of seed 1 compiled: " + run);
    }

    @Test
    void badLimitsAreRefusedWithWhatToGive() {
        Cli none = explore(tmp.resolve("x"));
        assertEquals(ExitCodes.INPUT, none.exit(), none.toString());
        assertTrue(none.err().contains("give --count N or --time LIMIT"), none.toString());
        Cli time = explore(tmp.resolve("y"), "--time", "ten minutes");
        assertEquals(ExitCodes.INPUT, time.exit(), time.toString());
        assertTrue(time.err().contains("e.g. 90s, 10m or 1h"), time.toString());
        Cli shard = explore(tmp.resolve("z"), "--count", "2", "--shard", "3/2");
        assertEquals(ExitCodes.INPUT, shard.exit(), shard.toString());
        assertFalse(none.err().contains("Exception"), none.toString());
    }
}
