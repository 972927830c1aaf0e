package org.iretlab.patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.common.InputException;
import org.iretlab.passes.Passes;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Reads {@code patch.txt}: one {@code key: value} a line, {@code #} comments and blank lines ignored.
 * <pre>
 * title          once: what the change does
 * upstream       one or more links (review, pull request, issue), or once 'none: why' for a bug not reported upstream
 * ref            once: the review id (Dnnnnnn), pull request (owner/repo#N) and/or commit (hex)
 * state          once: where it stands (landed in LLVM N, open, no upstream fix)
 * summary        one or more lines of prose, joined
 * fixes          CASES [@ TARGET; TARGET...]: TOKENS   tokens that disappear: finding kinds,
 *                insn:MNEMONIC (an instruction in the handler), or an outcome (CRASH, REJECTED, ...)
 * guard          CASES [@ TARGETS]                       cells that must stay UNCHANGED
 * regresses      CASES [@ TARGETS]: TOKENS               a known regression: REGRESSED under every check
 * prototype      pass NAME[,NAME...]                     iretlab passes that prototype the fix's effect
 * fixed-in       BASELINE -> CANDIDATE                   LLVMs bracketing the landed fix: FIXED
 * introduced-by  BASELINE -> CANDIDATE                   LLVMs bracketing the bug's arrival: REGRESSED
 * prototype-on   BASELINE[, BASELINE...]                 the prototype on each: PROTOTYPE-FIXED
 * no-bracket     why no LLVM that runs here brackets the fix (required without fixed-in)
 * proposal       FILE.diff untested|tested: a diff of our own, and whether it was built and run
 * note           free text
 * </pre>
 * CASES are corpus ids separated by spaces or commas; a BASELINE or CANDIDATE is a backend name
 * (worker-17, llc-19, llc-NAME) or an LLVM major (the first backend of that major installed).
 * Every mistake is a {@link ManifestException} naming file:line and what to write instead.
 */
public final class ManifestParser {
    public static final String FILE = "patch.txt";
    private static final Pattern LINE = Pattern.compile("^([a-z][a-z-]*):\\s*(.*)$");
    private static final Set<String> KEYS = Set.of("title", "upstream", "ref", "state", "summary", "fixes", "guard",
            "regresses", "prototype", "fixed-in", "introduced-by", "prototype-on", "no-bracket", "proposal", "note");
    private static final Set<String> ONCE = Set.of("title", "ref", "state", "prototype", "no-bracket", "proposal");
    private static final Pattern REF = Pattern.compile("\\bD\\d{4,}\\b|#\\d+\\b|\\b[0-9a-f]{7,40}\\b");
    private static final Pattern BACKEND = Pattern.compile("\\d+|embedded(-\\d+)?|worker-\\d+|llc-[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern INSN = Pattern.compile("insn:[a-z][a-z0-9]*");

    private ManifestParser() {}

    /** Reads {@code DIR/patch.txt}. */
    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + ": no " + FILE + " here: a patch folder holds its manifest as " + FILE
                    + " (see patches/README.md)");
        }
        try {
            return parse(dir, file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    static Manifest parse(Path dir, Path file, String text) {
        String name = file.toString();
        String title = null, ref = null, state = null, noBracket = null;
        List<String> upstream = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<String> passes = List.of();
        Manifest.Proposal proposal = null;
        Set<String> seen = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i].strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                throw new ManifestException(name, n, "expected 'key: value', got '" + raw + "': keys are " + String.join(", ", sorted(KEYS)));
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (!KEYS.contains(key)) {
                throw new ManifestException(name, n, "unknown key '" + key + "': keys are " + String.join(", ", sorted(KEYS)));
            }
            if (ONCE.contains(key) && !seen.add(key)) {
                throw new ManifestException(name, n, "'" + key + "' given twice: keep one");
            }
            if (value.isEmpty()) {
                throw new ManifestException(name, n, "'" + key + "' has no value");
            }
            switch (key) {
                case "title" -> title = value;
                case "upstream" -> {
                    if (!value.matches("https?://\\S+.*") && !value.matches("none:\\s*\\S.*")) {
                        throw new ManifestException(name, n, "upstream must start with a link (https://...), or be 'none: why' "
                                + "for a bug not reported upstream, got '" + value + "'");
                    }
                    upstream.add(value);
                }
                case "ref" -> {
                    if (!REF.matcher(value).find()) {
                        throw new ManifestException(name, n, "ref names no review id (D123456), pull request (owner/repo#N) or commit (hex): '"
                                + value + "'");
                    }
                    ref = value;
                }
                case "state" -> state = value;
                case "summary" -> summary.add(value);
                case "note" -> { }
                case "fixes" -> claims.add(claim(Claim.Role.FIXES, value, name, n));
                case "guard" -> claims.add(claim(Claim.Role.GUARD, value, name, n));
                case "regresses" -> claims.add(claim(Claim.Role.REGRESSES, value, name, n));
                case "prototype" -> passes = prototype(value, name, n);
                case "fixed-in" -> checks.add(bracket(value, FlipStatus.FIXED, name, n));
                case "introduced-by" -> checks.add(bracket(value, FlipStatus.REGRESSED, name, n));
                case "prototype-on" -> {
                    for (String b : value.split("\\s*,\\s*")) {
                        checks.add(new Check(backend(b, "prototype-on", name, n), Check.PROTOTYPE, FlipStatus.PROTOTYPE_FIXED, n));
                    }
                }
                case "no-bracket" -> noBracket = value;
                case "proposal" -> proposal = proposal(dir, value, name, n);
                default -> throw new IllegalStateException(key);
            }
        }
        int end = Math.max(1, text.endsWith("\n") ? lines.length - 1 : lines.length); // what is missing is reported at the end
        require(title != null, name, end, "no 'title:' line: add what the change does");
        require(!upstream.isEmpty(), name, end,
                "no 'upstream:' line: link the upstream review, pull request or issue (or write 'upstream: none: why')");
        require(upstream.size() == 1 || upstream.stream().noneMatch(u -> u.startsWith("none:")), name, end,
                "'upstream: none' with a link beside it: keep the links, or only the 'none: why' line");
        boolean unreported = upstream.size() == 1 && upstream.get(0).startsWith("none:");
        require(ref != null || unreported, name, end, "no 'ref:' line: give the review id, pull request or commit");
        require(state != null, name, end, "no 'state:' line: say whether it landed (in which LLVM), is open, or has no upstream fix");
        require(!summary.isEmpty(), name, end, "no 'summary:' line: say in a sentence what the patch changes");
        require(claims.stream().anyMatch(c -> c.role() == Claim.Role.FIXES), name, end,
                "no 'fixes:' line: name the cases the patch claims to fix and the finding kinds that must disappear");
        require(!checks.isEmpty(), name, end, "nothing to validate: add 'fixed-in: A -> B', 'introduced-by: A -> B' or 'prototype-on: A'");
        boolean bracketed = checks.stream().anyMatch(c -> c.expected() == FlipStatus.FIXED);
        require(bracketed || noBracket != null, name, end,
                "no 'fixed-in:' line and no 'no-bracket:' line: name two LLVMs that bracket the fix, or say why none can be run here");
        for (Check c : checks) {
            if (c.prototype() && passes.isEmpty()) {
                throw new ManifestException(name, c.line(), "prototype-on needs a 'prototype: pass NAME' line saying what the prototype is");
            }
        }
        return new Manifest(dir, file, title, List.copyOf(upstream), ref, state, String.join(" ", summary), List.copyOf(claims),
                passes, List.copyOf(checks), noBracket, proposal);
    }

    private static Claim claim(Claim.Role role, String value, String file, int line) {
        String cellPart = value;
        Set<String> tokens = new LinkedHashSet<>();
        int colon = value.indexOf(':');
        if (role == Claim.Role.GUARD) {
            if (colon >= 0) {
                throw new ManifestException(file, line, "a guard names cells only ('guard: CASES [@ TARGETS]'): drop ':" + value.substring(colon + 1) + "'");
            }
        } else {
            if (colon < 0) {
                throw new ManifestException(file, line, "write 'CASES [@ TARGETS]: TOKENS': the finding kinds (or insn:MNEMONIC) that "
                        + (role == Claim.Role.FIXES ? "must disappear" : "appear"));
            }
            cellPart = value.substring(0, colon);
            for (String t : value.substring(colon + 1).strip().split("\\s+")) {
                tokens.add(token(t, file, line));
            }
        }
        List<String> targets = List.of();
        int at = cellPart.indexOf('@');
        if (at >= 0) {
            targets = Arrays.stream(cellPart.substring(at + 1).split(";")).map(String::strip).toList();
            if (targets.stream().anyMatch(String::isEmpty)) {
                throw new ManifestException(file, line, "an empty target after '@': separate targets with ';'");
            }
            cellPart = cellPart.substring(0, at);
        }
        List<String> cases = Arrays.stream(cellPart.strip().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        if (cases.isEmpty()) {
            throw new ManifestException(file, line, "no case ids: name corpus cases (e.g. 01 23 fe-clang14-page-fault-m32)");
        }
        for (String c : cases) {
            if (!CASE_ID.matcher(c).matches()) {
                throw new ManifestException(file, line, "'" + c + "' is not a case id");
            }
        }
        return new Claim(role, cases, targets, tokens, line);
    }

    private static String token(String t, String file, int line) {
        if (INSN.matcher(t).matches()) {
            return t;
        }
        for (Outcome o : Outcome.values()) {
            if (o.label.equals(t) && o != Outcome.OK && o != Outcome.BUG) {
                return t;
            }
        }
        try {
            return FindingKind.byId(t).id();
        } catch (IllegalArgumentException e) {
            throw new ManifestException(file, line, "unknown token '" + t + "': write a finding kind (e.g. misaligned-call-site; "
                    + "`iretlab check --help` lists them), insn:MNEMONIC, or CRASH/REJECTED/UNDECIDED/TIMEOUT");
        }
    }

    private static List<String> prototype(String value, String file, int line) {
        String[] words = value.split("\\s+", 2);
        if (!words[0].equals("pass") || words.length < 2) {
            throw new ManifestException(file, line, "write 'prototype: pass NAME[,NAME]': the prototypes iretlab runs are its IR passes "
                    + Passes.NAMES + " (an llc option or assembly rewrite is not supported yet)");
        }
        List<String> names = Arrays.stream(words[1].split("\\s*,\\s*")).map(String::strip).toList();
        for (String n : names) {
            if (!Passes.NAMES.contains(n)) {
                throw new ManifestException(file, line, "unknown pass '" + n + "': the passes are " + Passes.NAMES);
            }
        }
        return names;
    }

    private static Check bracket(String value, FlipStatus expected, String file, int line) {
        String[] sides = value.split("\\s*->\\s*");
        if (sides.length != 2) {
            throw new ManifestException(file, line, "write 'BASELINE -> CANDIDATE', e.g. '16 -> 17' or 'worker-16 -> worker-17'");
        }
        String key = expected == FlipStatus.FIXED ? "fixed-in" : "introduced-by";
        return new Check(backend(sides[0], key, file, line), backend(sides[1], key, file, line), expected, line);
    }

    private static String backend(String raw, String key, String file, int line) {
        String b = raw.strip();
        if (!BACKEND.matcher(b).matches()) {
            throw new ManifestException(file, line, key + ": '" + b + "' is not an LLVM: write a major (17) or a backend name "
                    + "(embedded, worker-17, llc-19, llc-NAME from llc.conf)");
        }
        return b;
    }

    private static Manifest.Proposal proposal(Path dir, String value, String file, int line) {
        Matcher m = Pattern.compile("^(\\S+\\.diff)\\s+(untested|tested)\\b:?\\s*(.*)$").matcher(value);
        if (!m.matches()) {
            throw new ManifestException(file, line, "write 'proposal: FILE.diff untested: why' (or 'tested' once it was built and validated)");
        }
        Path diff = dir.resolve(m.group(1));
        if (!Files.isRegularFile(diff)) {
            throw new ManifestException(file, line, "proposal: no file " + diff);
        }
        return new Manifest.Proposal(diff, m.group(2).equals("tested"), m.group(3));
    }

    private static void require(boolean ok, String file, int line, String message) {
        if (!ok) {
            throw new ManifestException(file, line, message);
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
