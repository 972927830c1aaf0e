package org.iretlab.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

class ExpectationWriterTest {
    private static final String LINUX = "i686-unknown-linux-gnu";
    private static final String NOSSE = "i686-unknown-linux-gnu mattr=-sse,-sse2";
    private static final String BARE = "i686-unknown-unknown";
    private static final String IR = """
            target triple = "i686-unknown-linux-gnu"
            define x86_intrcc void @h(ptr byval(i32) %f) {
              ret void
            }
            """;

    /** A case with the three targets and the given expectation, source and RUN lines. */
    private static CorpusCase kase(String lines) {
        return CaseParser.parse(Path.of("w.ll"), """
                ; id: 98
                ; title: a case to record into
                ; wrong: w
                ; correct: c
                ; target: %s
                ; target: %s
                ; target: %s
                ; subject: misaligned-call-site
                %s; note: stays where it is
                """.formatted(LINUX, NOSSE, BARE, lines) + IR);
    }

    /** What one run showed: per target, its kinds (empty: none), without and after the fix passes; no oracle. */
    private static String record(CorpusCase c, int major, Map<String, String> plain, Map<String, String> fixed) {
        return ExpectationWriter.record(c, major, observed(c, plain), observed(c, fixed), List.of(), List.of(), "llc-" + major,
                major + ".0.1");
    }

    private static List<Observed> observed(CorpusCase c, Map<String, String> kinds) {
        return c.targets().stream().map(t -> {
            Set<FindingKind> k = kinds.get(t.spec()).isEmpty() ? EnumSet.noneOf(FindingKind.class)
                    : Arrays.stream(kinds.get(t.spec()).split(" ")).map(FindingKind::byId)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingKind.class)));
            return new Observed(t, k.isEmpty() ? Outcome.OK : Outcome.BUG, k, null);
        }).toList();
    }

    private static Map<String, String> all(String kinds) {
        return Map.of(LINUX, kinds, NOSSE, kinds, BARE, kinds);
    }

    private static List<String> block(String text, String key) {
        return text.lines().filter(l -> l.startsWith("; " + key + ": ")).toList();
    }

    private static final String MIS = "misaligned-call-site x87-state-clobbered";
    private static final String X87 = "x87-state-clobbered";

    @Test
    void equalNeighbouringVersionsMergeIntoRangesAndTheNewestIsOpenEnded() {
        CorpusCase c = kase("""
                ; expect: %1$s @ llvm=13: %2$s
                ; expect: %1$s @ llvm=14: %2$s
                ; expect: %1$s @ llvm=16: %2$s
                ; expect: %3$s | %4$s @ llvm13-16: %5$s
                ; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
                ; source: upstream: a thread
                ; source: llvm=14: our run, llc-14 (LLVM 14.0.6), by iretlab reproduce --record
                ; RUN: llvm>=15: llc -mtriple=i686-unknown-linux-gnu < %%s
                """.formatted(LINUX, MIS, NOSSE, BARE, X87));
        String text = record(c, 17, all(X87), all(""));
        assertEquals(List.of(
                "; expect: " + LINUX + " @ llvm13-16: " + MIS,
                "; expect: " + NOSSE + " | " + BARE + " @ llvm>=13: " + X87,
                "; expect: " + LINUX + " @ llvm>=17: " + X87), block(text, "expect"));
        assertEquals(List.of("; after-fix: * @ llvm>=17: none"), block(text, "after-fix"));
        assertEquals(List.of(), block(text, "oracle"), "no oracle ran, and the case had no oracle lines");
        assertEquals(List.of(
                "; source: recorded by iretlab reproduce --record on worker-13 13.0.1, llc-14 14.0.6, llc-17 17.0.1",
                "; source: upstream: a thread"), block(text, "source"));
        assertEquals(List.of(
                "; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -relocation-model=static < %s",
                "; RUN: llc -mtriple=i686-unknown-linux-gnu -O2 -mattr=-sse,-sse2 -relocation-model=static < %s",
                "; RUN: llc -mtriple=i686-unknown-unknown -O2 -relocation-model=static < %s"), block(text, "RUN"));
        assertEquals(RunLines.lines(c), block(text, "RUN"));
        assertEquals(List.of(), RunLines.problems(CaseParser.parse(Path.of("w.ll"), text)));
        assertEquals("; note: stays where it is", text.lines().filter(l -> l.startsWith(";")).reduce((a, b) -> b).orElseThrow(),
                "the blocks stay where they were, before the note");
    }

    @Test
    void aVersionThatDiffersSplitsTheRangeThatHoldsItAndNewerOnesNeverRecordedFollowIt() {
        CorpusCase c = kase("""
                ; expect: * @ llvm>=13: %s
                ; source: upstream: a thread
                ; RUN: llc
                """.formatted(MIS));
        String text = record(c, 16, Map.of(LINUX, X87, NOSSE, MIS, BARE, MIS), all(""));
        assertEquals(List.of(
                "; expect: " + LINUX + " @ llvm13-15: " + MIS,
                "; expect: " + NOSSE + " | " + BARE + " @ llvm>=13: " + MIS,
                "; expect: " + LINUX + " @ llvm>=16: " + X87), block(text, "expect"));
        CorpusCase after = CaseParser.parse(Path.of("w.ll"), text);
        Target linux = after.targets().get(0);
        assertEquals(Set.of(FindingKind.X87_STATE_CLOBBERED), after.expectation(linux, 16).orElseThrow().kinds());
        assertEquals(Set.of(FindingKind.X87_STATE_CLOBBERED), after.expectation(linux, 19).orElseThrow().kinds(),
                "no version past 16 was recorded: 19 is expected to behave like 16");
        assertEquals(Set.of(FindingKind.MISALIGNED_CALL_SITE, FindingKind.X87_STATE_CLOBBERED),
                after.expectation(linux, 15).orElseThrow().kinds());
        assertEquals(List.of("; source: recorded by iretlab reproduce --record on llc-16 16.0.1", "; source: upstream: a thread"),
                block(text, "source"), "the recorded line comes first when the case had none");
    }

    @Test
    void recordingWhatTheHeaderSaysChangesNothingAndEveryVersionKeepsItsValue() {
        CorpusCase c = kase("""
                ; expect: %1$s @ llvm=13: %2$s
                ; expect: %1$s @ llvm=14: %2$s
                ; expect: %1$s @ llvm=17: %3$s
                ; expect: %4$s @ llvm=13: %3$s
                ; expect: %4$s @ llvm=14: %3$s
                ; expect: %4$s @ llvm=17: %3$s
                ; expect: %5$s @ llvm=13: none
                ; expect: %5$s @ llvm=14: none
                ; expect: %5$s @ llvm=17: none
                ; source: llvm=13: our run, worker-13 (LLVM 13.0.1), by iretlab reproduce --record
                ; RUN: llc
                """.formatted(LINUX, MIS, X87, NOSSE, BARE));
        String once = record(c, 17, Map.of(LINUX, X87, NOSSE, X87, BARE, ""), all(""));
        assertEquals(List.of(
                "; expect: " + LINUX + " @ llvm13-14: " + MIS,
                "; expect: " + NOSSE + " @ llvm>=13: " + X87,
                "; expect: " + BARE + " @ llvm>=13: none",
                "; expect: " + LINUX + " @ llvm>=17: " + X87), block(once, "expect"), "by range, then in target order");
        CorpusCase recorded = CaseParser.parse(Path.of("w.ll"), once);
        assertEquals(once, record(recorded, 17, Map.of(LINUX, X87, NOSSE, X87, BARE, ""), all("")));
        for (int v : new int[] {13, 14, 17}) {
            for (int t = 0; t < 3; t++) {
                assertEquals(c.expectation(c.targets().get(t), v).orElseThrow().kinds(),
                        recorded.expectation(recorded.targets().get(t), v).orElseThrow().kinds(), "llvm=" + v + " target " + t);
            }
        }
    }

    @Test
    void theTimelineOfOneTarget() {
        var a = new ExpectationWriter.Entry(13, 16, "a");
        var b = new ExpectationWriter.Entry(19, 19, "b");
        int open = Integer.MAX_VALUE;
        assertEquals(List.of(new ExpectationWriter.Entry(13, open, "a")),
                ExpectationWriter.timeline(List.of(a, new ExpectationWriter.Entry(19, 20, "a")), 22, "a", 22), "gaps are spanned");
        assertEquals(List.of(new ExpectationWriter.Entry(13, 14, "a"), new ExpectationWriter.Entry(15, 15, "c"),
                new ExpectationWriter.Entry(16, 16, "a"), new ExpectationWriter.Entry(19, open, "b")),
                ExpectationWriter.timeline(List.of(a, b), 15, "c", 22));
        assertEquals(List.of(new ExpectationWriter.Entry(13, 16, "a"), new ExpectationWriter.Entry(17, open, "b")),
                ExpectationWriter.timeline(List.of(a, b), 17, "b", 22), "a version in a gap joins its neighbour");
        assertEquals(List.of(new ExpectationWriter.Entry(13, 16, "a"), new ExpectationWriter.Entry(19, open, "b")),
                ExpectationWriter.timeline(List.of(a, b), 15, null, 22), "nothing recorded: only merged and opened");
        var guessed = new ExpectationWriter.Entry(16, open, "old");
        assertEquals(List.of(new ExpectationWriter.Entry(16, 16, "old"), new ExpectationWriter.Entry(17, open, "new")),
                ExpectationWriter.timeline(List.of(guessed), 17, "new", 16),
                "past the newest recorded version, the open end follows the newest run");
        assertEquals(List.of(new ExpectationWriter.Entry(16, 16, "old"), new ExpectationWriter.Entry(17, 17, "new"),
                new ExpectationWriter.Entry(18, open, "old")), ExpectationWriter.timeline(List.of(guessed), 17, "new", 22),
                "versions recorded after it keep what they showed");
    }
}
