package org.iretlab.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Reads a case header: the leading {@code ;} comment lines of an .ll file. Lines of the form
 * {@code ; key: value} are keys; other comment lines are prose. Keys:
 * <pre>
 * id, title            once each
 * upstream             references: llvm/llvm-project#N, rust-lang/rust#N, D-numbers
 * wrong, correct       what is wrong, and what correct code does
 * target               TRIPLE [mattr=F] [cpu=C] [-ON] [-code-model=M], one line per target
 * subject              the finding kinds the upstream issue is about (or none)
 * expect               TARGETS @ RANGE: KINDS (finding kinds), none, REJECTED, CRASH or N/A
 * after-fix            TARGETS @ RANGE: KINDS, after iretlab's fix passes (optional)
 * oracle               TARGETS @ RANGE: KINDS, none or N/A [; CR0.TS=1: #NM, no-fault, ...], what the execution
 *                      oracle finds under QEMU, and what its CR0.TS=1 scenario shows (not a finding: see docs/oracle.md)
 * oracle-after-fix     the same after iretlab's fix passes
 * source               where the expectations come from: one "recorded by iretlab reproduce --record on BACKEND
 *                      VERSION, ..." line, and any upstream thread or LLVM test they were checked against (prose)
 * RUN                  the llc command, one line per target in target order: what iretlab runs
 *                      (LlcBackend.arguments), e.g. llc -mtriple=T -O2 -mattr=F -relocation-model=static &lt; %s;
 *                      LLVM 13 and 14 also need -force-opaque-pointers / -opaque-pointers to read the file, and
 *                      where reads leaves a version out, llc reads CASE.bc instead (see {@link RunLines})
 * reads                RANGE of LLVM versions that parse the text (front-end output)
 * reads-bitcode        RANGE of LLVM versions that read the bitcode kept beside it (CASE.bc)
 * gcc                  what GCC does with the same handler, with its source (optional; bug reports quote it)
 * observed, note       free text
 * </pre>
 * TARGETS is one target as its {@code target} line writes it, several separated by {@code " | "}
 * (mattr values contain commas), or {@code *} for all of the case's targets; a line stands for one
 * expectation per target it names, each reported at that line. RANGE is a {@link VersionRange}; a
 * target's ranges of one key must not overlap. The expectation lines, the recorded source line and
 * the RUN lines are written by {@code iretlab reproduce --record} ({@link ExpectationWriter}), never by
 * hand. {@code source} and {@code RUN} are required (every expectation says where it comes from, and a
 * case says how to run it by hand) but not read: RUN lines are checked against the command iretlab
 * runs by the corpus tests ({@link RunLines#problems}), so they cannot drift.
 * Every mistake is a {@link CaseFormatException} naming file:line.
 */
public final class CaseParser {
    private static final Pattern KEY = Pattern.compile("^;\\s?([A-Za-z][A-Za-z0-9-]*): (.*)$");
    private static final Pattern EXPECT = Pattern.compile("^(.+?) @ (\\S+): (.+)$");
    /** Stands for all of a case's targets on an expectation line. */
    public static final String ALL_TARGETS = "*";
    /** Separates the targets an expectation line names (not a comma: mattr values contain commas). */
    public static final String TARGETS_SEPARATOR = " | ";
    private static final Pattern TARGET_SPLIT = Pattern.compile("\\s+\\|\\s+");
    private static final Set<String> KEYS = Set.of("id", "title", "upstream", "wrong", "correct", "target", "subject",
            "expect", "source", "RUN", "reads", "reads-bitcode", "after-fix", "oracle", "oracle-after-fix", "gcc", "observed", "note");

    private CaseParser() {}

    public static CorpusCase read(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static CorpusCase parse(Path file, String text) {
        // A file saved with CRLF line endings (Windows editors, git's autocrlf) is the same case: llc reads
        // either, and the header's keys would otherwise all carry a '\r'. Its text is kept with LF from here on.
        text = text.replace("\r\n", "\n");
        String name = file.toString();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length && all[i].startsWith(";"); i++) {
            Matcher m = KEY.matcher(all[i]);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            if (!KEYS.contains(key)) {
                throw new CaseFormatException(name, i + 1, "unknown key '" + key + "': the keys are " + new TreeSet<>(KEYS));
            }
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(m.group(2).strip());
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(i + 1);
        }
        String id = once(name, values, lines, "id");
        String title = once(name, values, lines, "title");
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < required(name, values, "target").size(); k++) {
            try {
                targets.add(Target.parse(values.get("target").get(k)));
            } catch (IllegalArgumentException e) {
                throw new CaseFormatException(name, lines.get("target").get(k), e.getMessage());
            }
        }
        Set<FindingKind> subject = EnumSet.noneOf(FindingKind.class);
        if (values.containsKey("subject")) {
            subject.addAll(kinds(name, lines.get("subject").get(0), once(name, values, lines, "subject")));
        }
        List<Expectation> expect = expectations(name, "expect", values, lines, targets);
        if (expect.isEmpty()) {
            throw new CaseFormatException(name, 1, "no '; expect:' line: say what each target must show");
        }
        for (Target t : targets) {
            if (expect.stream().noneMatch(e -> e.target().equals(t))) {
                throw new CaseFormatException(name, lines.get("target").get(targets.indexOf(t)),
                        "target '" + t.spec() + "' has no '; expect:' line");
            }
        }
        VersionRange reads = optionalRange(name, values, lines, "reads");
        VersionRange readsBitcode = optionalRange(name, values, lines, "reads-bitcode");
        return new CorpusCase(file, id, title, list(values, "upstream"), required(name, values, "wrong"),
                required(name, values, "correct"), targets, subject, expect,
                expectations(name, "after-fix", values, lines, targets), required(name, values, "source"),
                required(name, values, "RUN"), reads, readsBitcode, expectations(name, "oracle", values, lines, targets),
                expectations(name, "oracle-after-fix", values, lines, targets), list(values, "gcc"), text);
    }

    private static List<Expectation> expectations(String name, String key, Map<String, List<String>> values,
            Map<String, List<Integer>> lines, List<Target> targets) {
        List<Expectation> out = new ArrayList<>();
        List<String> texts = list(values, key);
        for (int k = 0; k < texts.size(); k++) {
            int line = lines.get(key).get(k);
            Matcher m = EXPECT.matcher(texts.get(k));
            if (!m.matches()) {
                throw new CaseFormatException(name, line, "'" + key + ": " + texts.get(k)
                        + "': write TARGET @ RANGE: KINDS (or none, REJECTED, CRASH, N/A); "
                        + "TARGET | TARGET or * for several targets");
            }
            List<Target> named = targets(name, line, m.group(1), targets);
            VersionRange range = range(name, line, m.group(2));
            String what = m.group(3).strip();
            String lazyFp = null;
            int lazy = what.indexOf(Expectation.LAZY_FP.strip());
            if (lazy >= 0) {
                if (!key.startsWith("oracle")) {
                    throw new CaseFormatException(name, line, "a CR0.TS=1 result belongs on oracle lines only, not on '" + key + "'");
                }
                lazyFp = what.substring(lazy + Expectation.LAZY_FP.strip().length()).strip();
                what = what.substring(0, lazy).strip();
                if (lazyFp.isEmpty() || what.isEmpty()) {
                    throw new CaseFormatException(name, line, "'" + texts.get(k) + "': write KINDS; CR0.TS=1: RESULT (e.g. none; CR0.TS=1: #NM)");
                }
            }
            Outcome outcome;
            Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
            switch (what) {
                case "REJECTED" -> outcome = Outcome.REJECTED;
                case "CRASH" -> outcome = Outcome.CRASH;
                case "N/A" -> outcome = Outcome.NOT_AVAILABLE;
                case "none" -> outcome = Outcome.OK;
                default -> {
                    kinds.addAll(kinds(name, line, what));
                    outcome = kinds.equals(Set.of(FindingKind.UNKNOWN_INSTRUCTION)) ? Outcome.UNDECIDED : Outcome.BUG;
                }
            }
            for (Target target : named) {
                for (Expectation other : out) {
                    if (other.target().equals(target) && other.versions().overlaps(range)) {
                        throw new CaseFormatException(name, line, range + " overlaps " + other.versions()
                                + " (line " + other.line() + ") for " + target.spec());
                    }
                }
                out.add(new Expectation(target, range, outcome, kinds, lazyFp, line));
            }
        }
        return out;
    }

    /** The targets a line names: {@code *} for all, else one or more separated by {@code " | "}. */
    private static List<Target> targets(String name, int line, String text, List<Target> targets) {
        if (text.strip().equals(ALL_TARGETS)) {
            return targets;
        }
        List<Target> out = new ArrayList<>();
        for (String spec : TARGET_SPLIT.split(text.strip())) {
            Target target;
            try {
                target = Target.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new CaseFormatException(name, line, e.getMessage());
            }
            if (!targets.contains(target)) {
                throw new CaseFormatException(name, line, "'" + target.spec() + "' is not one of the case's targets "
                        + targets.stream().map(Target::spec).toList());
            }
            out.add(target);
        }
        return out;
    }

    private static Set<FindingKind> kinds(String name, int line, String text) {
        Set<FindingKind> out = EnumSet.noneOf(FindingKind.class);
        if (text.equals("none")) {
            return out;
        }
        for (String k : text.split("\\s+")) {
            try {
                out.add(FindingKind.byId(k));
            } catch (IllegalArgumentException e) {
                throw new CaseFormatException(name, line, "unknown finding kind '" + k + "'");
            }
        }
        return out;
    }

    private static VersionRange range(String name, int line, String text) {
        try {
            return VersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CaseFormatException(name, line, e.getMessage());
        }
    }

    private static VersionRange optionalRange(String name, Map<String, List<String>> values,
            Map<String, List<Integer>> lines, String key) {
        return values.containsKey(key) ? range(name, lines.get(key).get(0), once(name, values, lines, key)) : null;
    }

    private static String once(String name, Map<String, List<String>> values, Map<String, List<Integer>> lines, String key) {
        List<String> v = required(name, values, key);
        if (v.size() > 1) {
            throw new CaseFormatException(name, lines.get(key).get(1), "'" + key + "' given twice");
        }
        return v.get(0);
    }

    private static List<String> required(String name, Map<String, List<String>> values, String key) {
        List<String> v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new CaseFormatException(name, 1, "no '; " + key + ":' line in the header");
        }
        return v;
    }

    private static List<String> list(Map<String, List<String>> values, String key) {
        return values.getOrDefault(key, List.of());
    }
}
