package org.iretlab.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Writes what one LLVM version showed into a case's header ({@code reproduce --record}): expectations
 * come from real runs, written by the tool, never typed by hand.
 *
 * <p>Each time, the whole block of each of {@code expect}, {@code after-fix}, {@code oracle} and
 * {@code oracle-after-fix} is normalised, so the header stays short and one way of writing it:
 * <ol>
 * <li>per target, the key's lines become a list of (range, value) entries; a value is what follows
 *     the range: the kinds (or none, REJECTED, CRASH, N/A), and on oracle lines the CR0.TS=1 result;</li>
 * <li>the recorded version N is the truth for N: a range that contains N is split around it, and N
 *     gets what ran (a key that was not recorded, oracle lines without {@code --oracle}, keeps its entries);</li>
 * <li>neighbouring entries with the same value merge into one range, across versions that were never
 *     recorded between them (18 and 21 cannot be installed here);</li>
 * <li>the newest range is open-ended ({@code llvm>=17}): a newer LLVM is expected to behave like the
 *     newest one known, and differs loudly when it does not;</li>
 * <li>targets with the same range and value share a line ({@code TARGET | TARGET}, or {@code *} when
 *     those are all the targets of a case that has several), ordered by range, then by the case's
 *     target order.</li>
 * </ol>
 * A block is written where the key's first line was. The {@code source} line "recorded by iretlab
 * reproduce --record on ..." lists the backend and exact version each LLVM major was recorded with;
 * other source lines (upstream threads, LLVM tests) are kept as they are. The RUN lines are derived
 * from the targets ({@link RunLines}).
 *
 * <p>What ran comes in as {@link Observed} values (target, outcome, kinds, and for oracle lines the
 * CR0.TS=1 result), so the corpus does not depend on the pipeline that made them.
 */
public final class ExpectationWriter {
    private static final List<String> KEYS = List.of("expect", "after-fix", "oracle", "oracle-after-fix");
    /** The header keys in the order their blocks come, for placing a block a case did not have yet. */
    private static final List<String> ORDER = List.of("target", "subject", "expect", "after-fix", "oracle",
            "oracle-after-fix", "reads", "reads-bitcode", "source", "RUN");
    private static final Pattern KEY_LINE = Pattern.compile("^;\\s?([A-Za-z][A-Za-z0-9-]*): (.*)$");
    private static final String RECORDED = "recorded by iretlab reproduce --record on ";
    /** The source line an earlier writer put per version. */
    private static final Pattern PER_VERSION = Pattern.compile(
            "^llvm=(\\d+): our run, (\\S+) \\(LLVM ([^)]+)\\), by iretlab reproduce --record$");
    private static final Pattern RECORDED_ENTRY = Pattern.compile("^(\\S+) ((\\d+)(?:\\.\\S*)?)$");

    private ExpectationWriter() {}

    /**
     * The case text with the cells' outcomes recorded for their LLVM major, every expectation block
     * normalised, the source line updated and the RUN lines derived.
     *
     * @param plain one observation per target, without the fix passes
     * @param fixed one per target, after the fix passes
     * @param oracle the same under the execution oracle, without the passes (empty when it did not run)
     * @param oracleFixed under the oracle, after the passes
     * @param backend the backend that ran them, e.g. worker-17
     * @param version its exact LLVM version, e.g. 17.0.6
     */
    public static String record(CorpusCase c, int major, List<Observed> plain, List<Observed> fixed, List<Observed> oracle,
            List<Observed> oracleFixed, String backend, String version) {
        List<String> lines = new ArrayList<>(List.of(c.text().split("\n", -1)));
        Map<String, List<Expectation>> existing = Map.of("expect", c.expectations(), "after-fix", c.afterFix(),
                "oracle", c.oracle(), "oracle-after-fix", c.oracleAfterFix());
        Map<String, Map<Target, String>> ran = new LinkedHashMap<>();
        ran.put("expect", values(c, plain));
        ran.put("after-fix", values(c, fixed));
        ran.put("oracle", values(c, oracle));
        ran.put("oracle-after-fix", values(c, oracleFixed));
        TreeMap<Integer, String> recorded = Sources.of(lines).runs();
        int newestRecorded = recorded.isEmpty() ? -1 : recorded.lastKey();
        for (String key : KEYS) {
            replaceBlock(lines, key, block(c, key, existing.get(key), ran.get(key), major, newestRecorded));
        }
        replaceBlock(lines, "source", sources(lines, major, backend + " " + version));
        replaceBlock(lines, "RUN", RunLines.lines(c));
        return String.join("\n", lines);
    }

    /** A range of versions with what the key's line says for it. */
    record Entry(int min, int max, String value) {
        VersionRange range() {
            return new VersionRange(min, max);
        }
    }

    /**
     * One target's entries after recording a version: the existing ones with the version's value put
     * in (null: nothing recorded), equal neighbours merged, the newest open-ended.
     *
     * @param newestRecorded the newest major recorded before this one (the source line's), or -1
     */
    static List<Entry> timeline(List<Entry> existing, int major, String value, int newestRecorded) {
        List<Entry> split = new ArrayList<>();
        for (Entry e : existing) {
            if (value != null && e.min() <= major && major <= e.max()) {
                if (e.min() < major) {
                    split.add(new Entry(e.min(), major - 1, e.value()));
                }
                if (major < e.max()) {
                    // Past the newest version ever recorded, the open end is a guess: the newest run makes it.
                    boolean guess = e.max() == Integer.MAX_VALUE && major > newestRecorded;
                    split.add(new Entry(major + 1, e.max(), guess ? value : e.value()));
                }
            } else {
                split.add(e);
            }
        }
        if (value != null) {
            split.add(new Entry(major, major, value));
        }
        split.sort(Comparator.comparingInt(Entry::min));
        List<Entry> merged = new ArrayList<>();
        for (Entry e : split) {
            Entry last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.value().equals(e.value())) {
                merged.set(merged.size() - 1, new Entry(last.min(), Math.max(last.max(), e.max()), e.value()));
            } else {
                merged.add(e);
            }
        }
        if (!merged.isEmpty()) {
            Entry newest = merged.get(merged.size() - 1);
            merged.set(merged.size() - 1, new Entry(newest.min(), Integer.MAX_VALUE, newest.value()));
        }
        return merged;
    }

    /** The key's lines: each target's timeline, with targets of equal (range, value) on one line. */
    private static List<String> block(CorpusCase c, String key, List<Expectation> existing, Map<Target, String> ran,
            int major, int newestRecorded) {
        Map<Entry, List<Target>> shared = new LinkedHashMap<>();
        for (Target t : c.targets()) {
            List<Entry> entries = existing.stream().filter(e -> e.target().equals(t))
                    .map(e -> new Entry(e.versions().min(), e.versions().max(), value(e)))
                    .sorted(Comparator.comparingInt(Entry::min)).toList();
            for (Entry e : timeline(entries, major, ran.get(t), newestRecorded)) {
                shared.computeIfAbsent(e, k -> new ArrayList<>()).add(t);
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Entry, List<Target>> s) -> s.getKey().min())
                        .thenComparingInt(s -> s.getKey().max())
                        .thenComparingInt(s -> c.targets().indexOf(s.getValue().get(0))))
                .map(s -> "; " + key + ": " + targets(c, s.getValue()) + " @ " + s.getKey().range() + ": " + s.getKey().value())
                .toList();
    }

    private static String targets(CorpusCase c, List<Target> targets) {
        if (targets.size() > 1 && targets.size() == c.targets().size()) {
            return CaseParser.ALL_TARGETS;
        }
        return String.join(CaseParser.TARGETS_SEPARATOR, targets.stream().map(Target::spec).toList());
    }

    private static Map<Target, String> values(CorpusCase c, List<Observed> observed) {
        Map<Target, String> out = new LinkedHashMap<>();
        for (Observed o : observed) {
            String where = c.name() + " on " + o.target().spec();
            out.put(o.target(), token(where, o.outcome(), o.kinds()) + (o.lazyFp() == null ? "" : Expectation.LAZY_FP + o.lazyFp()));
        }
        return out;
    }

    /** An existing line's value, written as the writer writes it. */
    private static String value(Expectation e) {
        return token("a header line", e.outcome(), e.kinds()) + (e.lazyFp() == null ? "" : Expectation.LAZY_FP + e.lazyFp());
    }

    /** The header's word for an outcome: its kinds, or none, REJECTED, CRASH, N/A. */
    private static String token(String where, Outcome o, Set<FindingKind> kinds) {
        return switch (o) {
            case OK -> "none";
            case BUG, UNDECIDED -> String.join(" ", kinds.stream().map(FindingKind::id).sorted().toList());
            case REJECTED -> "REJECTED";
            case CRASH -> "CRASH";
            case NOT_AVAILABLE -> "N/A";
            case TIMEOUT -> throw new IllegalStateException(where + " timed out: a hang is not an expectation; raise --timeout and run again");
        };
    }

    /**
     * The source lines: the recorded line, with this run's backend for its major put into it (the
     * per-version lines of earlier writers folded in), then the other source lines as they were.
     */
    /**
     * The header's source lines: the run per recorded major (from the "recorded by" line, or the
     * per-version lines an earlier writer put), the other source lines, and where the recorded line goes.
     */
    private record Sources(TreeMap<Integer, String> runs, List<String> others, int recordedAt) {
        static Sources of(List<String> lines) {
            TreeMap<Integer, String> runs = new TreeMap<>();
            List<String> others = new ArrayList<>();
            int recordedAt = -1;
            for (int i = 0; i < lines.size() && lines.get(i).startsWith(";"); i++) {
                Matcher m = KEY_LINE.matcher(lines.get(i));
                if (!m.matches() || !m.group(1).equals("source")) {
                    continue;
                }
                String v = m.group(2).strip();
                Matcher old = PER_VERSION.matcher(v);
                if (old.matches()) {
                    runs.put(Integer.parseInt(old.group(1)), old.group(2) + " " + old.group(3));
                } else if (v.startsWith(RECORDED)) {
                    for (String entry : v.substring(RECORDED.length()).split(", ")) {
                        Matcher r = RECORDED_ENTRY.matcher(entry.strip());
                        if (r.matches()) {
                            runs.put(Integer.parseInt(r.group(3)), entry.strip());
                        }
                    }
                } else {
                    others.add(lines.get(i));
                    continue;
                }
                if (recordedAt < 0) {
                    recordedAt = others.size();
                }
            }
            return new Sources(runs, others, recordedAt);
        }
    }

    private static List<String> sources(List<String> lines, int major, String run) {
        Sources parsed = Sources.of(lines);
        TreeMap<Integer, String> runs = parsed.runs();
        List<String> others = parsed.others();
        int recordedAt = parsed.recordedAt();
        runs.put(major, run);
        List<String> out = new ArrayList<>(others);
        out.add(recordedAt < 0 ? 0 : recordedAt, "; source: " + RECORDED + String.join(", ", runs.values()));
        return out;
    }

    /**
     * Drops the key's header lines and writes the block where its first line was, or after the
     * nearest key before it in {@link #ORDER} when the case had none.
     */
    private static void replaceBlock(List<String> lines, String key, List<String> block) {
        int first = -1;
        int end = 0;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith(";"); i++) {
            Matcher m = KEY_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                first = first < 0 ? i : first;
                lines.remove(i--);
            } else {
                end = i + 1;
            }
        }
        for (int k = ORDER.indexOf(key) - 1; first < 0 && k >= 0; k--) {
            first = afterLast(lines, ORDER.get(k));
        }
        lines.addAll(first < 0 ? end : first, block);
    }

    /** The index after the key's last header line, or -1 when the header has none. */
    private static int afterLast(List<String> lines, String key) {
        int at = -1;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith(";"); i++) {
            Matcher m = KEY_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                at = i + 1;
            }
        }
        return at;
    }
}
