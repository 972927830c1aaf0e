package org.iretlab.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Writes what one LLVM version showed into a case's header, as {@code expect}, {@code after-fix}
 * and {@code source} lines for {@code llvm=N}: expectations come from real runs, written by the tool
 * ({@code reproduce --record}), never typed by hand. Lines of other versions are kept; each block
 * is put in target order, then version order, where the key's first line was.
 */
public final class ExpectationWriter {
    private static final Pattern LINE = Pattern.compile("^; (expect|after-fix|oracle|oracle-after-fix|source): (.*)$");
    private static final Pattern EXPECT_RANGE = Pattern.compile("^(.+?) @ (\\S+): .*$");
    private static final Pattern SOURCE_RANGE = Pattern.compile("^(\\S+): .*$");

    private ExpectationWriter() {}

    /**
     * The case text with the cells' outcomes recorded for their LLVM major.
     *
     * @param plain one observation per target, without the fix passes
     * @param fixed one per target, after the fix passes
     * @param oracle, oracleFixed the same under the execution oracle (empty when it did not run)
     * @param source where the lines come from, e.g. "our run, Bytedeco LLVM 17.0.6 (worker-17)"
     */
    public static String record(CorpusCase c, int major, List<Observed> plain, List<Observed> fixed, List<Observed> oracle,
            List<Observed> oracleFixed, String source) {
        String version = "llvm=" + major;
        List<String> lines = new ArrayList<>(List.of(c.text().split("\n", -1)));
        List<Observed> newPlain = uncovered(c, plain, major, c.expectations(), false);
        List<Observed> newFixed = uncovered(c, fixed, major, c.afterFix(), false);
        List<Observed> newOracle = uncovered(c, oracle, major, c.oracle(), true);
        List<Observed> newOracleFixed = uncovered(c, oracleFixed, major, c.oracleAfterFix(), true);
        if (newPlain.isEmpty() && newFixed.isEmpty() && newOracle.isEmpty() && newOracleFixed.isEmpty()) {
            return c.text();
        }
        replaceBlock(lines, c, "expect", version, newPlain.stream().map(cell -> line("expect", c, cell, version)).toList());
        replaceBlock(lines, c, "after-fix", version, newFixed.stream().map(cell -> line("after-fix", c, cell, version)).toList());
        if (!oracle.isEmpty()) {
            replaceBlock(lines, c, "oracle", version, newOracle.stream().map(cell -> line("oracle", c, cell, version)).toList());
            replaceBlock(lines, c, "oracle-after-fix", version,
                    newOracleFixed.stream().map(cell -> line("oracle-after-fix", c, cell, version)).toList());
        }
        replaceBlock(lines, c, "source", version, List.of("; source: " + version + ": " + source));
        return String.join("\n", lines);
    }

    /**
     * The cells to write: those whose target has no line for a wider range that covers this version
     * (a line for exactly this version is rewritten). A wider range that disagrees with what ran is
     * not split behind the reader's back: it is an error naming the line.
     */
    private static List<Observed> uncovered(CorpusCase c, List<Observed> cells, int major, List<Expectation> existing, boolean oracle) {
        List<Observed> out = new ArrayList<>();
        for (Observed cell : cells) {
            Outcome outcome = cell.outcome();
            Set<FindingKind> kinds = cell.kinds();
            Expectation wider = existing.stream().filter(e -> e.target().equals(cell.target()) && e.versions().contains(major)
                    && !(e.versions().min() == major && e.versions().max() == major)).findFirst().orElse(null);
            if (wider == null) {
                out.add(cell);
            } else if (wider.outcome() != outcome || !wider.kinds().equals(kinds)
                    || oracle && wider.lazyFp() != null && !wider.lazyFp().equals(cell.lazyFp())) {
                throw new IllegalStateException(c.name() + ":" + wider.line() + ": " + wider.versions()
                        + " expects " + wider.outcome() + " " + wider.kinds() + ", but LLVM " + major + " gives "
                        + outcome + " " + kinds + ": split that range in the header, then record again");
            }
        }
        return out;
    }

    private static String line(String key, CorpusCase c, Observed cell, String version) {
        return "; " + key + ": " + cell.target().spec() + " @ " + version + ": " + token(c, cell)
                + (cell.lazyFp() == null ? "" : Expectation.LAZY_FP + cell.lazyFp());
    }

    /** The header's word for a cell: its kinds, or none, REJECTED, CRASH, N/A. */
    private static String token(CorpusCase c, Observed cell) {
        Set<FindingKind> kinds = cell.kinds();
        return switch (cell.outcome()) {
            case OK -> "none";
            case BUG, UNDECIDED -> String.join(" ", kinds.stream().map(FindingKind::id).sorted().toList());
            case REJECTED -> "REJECTED";
            case CRASH -> "CRASH";
            case NOT_AVAILABLE -> "N/A";
            case TIMEOUT -> throw new IllegalStateException(c.name() + " on " + cell.target().spec()
                    + " timed out: a hang is not an expectation; raise --timeout and run again");
        };
    }

    /**
     * Drops the key's lines for exactly this version, adds the new ones, and writes the key's block
     * sorted where its first line was (or after the last header key line when it had none).
     */
    private static void replaceBlock(List<String> lines, CorpusCase c, String key, String version, List<String> added) {
        int first = -1;
        List<String> block = new ArrayList<>();
        for (int i = 0; i < lines.size() && lines.get(i).startsWith(";"); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                if (first < 0) {
                    first = i;
                }
                if (!range(key, m.group(2)).equals(version)) {
                    block.add(lines.get(i));
                }
                lines.remove(i--);
            }
        }
        block.addAll(added);
        block.sort(Comparator.comparingInt((String l) -> targetIndex(c, key, l)).thenComparingInt(l -> minVersion(key, l)));
        if (first < 0) {
            first = afterLast(lines, switch (key) {
                case "after-fix" -> "expect";
                case "oracle" -> "after-fix";
                case "oracle-after-fix" -> "oracle";
                default -> "oracle-after-fix";
            });
        }
        lines.addAll(first, block);
    }

    private static int afterLast(List<String> lines, String key) {
        int at = 0;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith(";"); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                at = i + 1;
            }
        }
        return at;
    }

    private static String range(String key, String value) {
        Matcher m = (key.equals("source") ? SOURCE_RANGE : EXPECT_RANGE).matcher(value);
        if (!m.matches()) {
            return "";
        }
        return key.equals("source") ? m.group(1) : m.group(2);
    }

    private static int targetIndex(CorpusCase c, String key, String line) {
        if (key.equals("source")) {
            return 0;
        }
        Matcher m = EXPECT_RANGE.matcher(line.substring(line.indexOf(": ") + 2));
        if (!m.matches()) {
            return Integer.MAX_VALUE;
        }
        String spec = Target.parse(m.group(1)).spec();
        for (int i = 0; i < c.targets().size(); i++) {
            if (c.targets().get(i).spec().equals(spec)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int minVersion(String key, String line) {
        String value = line.substring(line.indexOf(": ") + 2);
        String r = range(key, value);
        try {
            return VersionRange.parse(r).min();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }
}
