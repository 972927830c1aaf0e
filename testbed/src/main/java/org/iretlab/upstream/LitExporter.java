package org.iretlab.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.LlcBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InertText;
import org.iretlab.common.InputException;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * Writes a case as an LLVM regression test (llc piped to FileCheck) and proves it under the real
 * lit on every LLVM version given: where one of them compiles the case correctly, CHECK lines are
 * that version's output and the test must fail on every version showing the bug; where none does
 * (or targeted checks are asked for), the lines say what correct code must contain
 * ({@link TargetedChecks}) and the test must fail wherever the bug shows and pass wherever it does not.
 * A test that does not do what its header says is not written.
 */
public final class LitExporter {
    /** LLVM 13 and 14 read opaque-pointer IR only with a flag that upstream tests do not carry. */
    public static final int OLDEST = 15;
    /** A one-line define: the name bare ({@code @h}) or quoted ({@code @"foo bar"}, with LLVM's \\XX escapes). */
    private static final Pattern DEFINE = Pattern.compile("^define\\b.*?@(?:([-A-Za-z_.$][\\w.$-]*)|\"((?:[^\"\\\\]|\\\\[0-9A-Fa-f]{2}|\\\\\\\\)*)\")\\(.*\\{\\s*$");
    static final String STATEMENT = "; iretlab: ";

    /** The exported test: its file name and text, how it was made, and what lit said per LLVM version. */
    public record LitExport(String fileName, String text, String reference, Map<Integer, Boolean> passes) {}

    private final Toolchains toolchains;

    public LitExporter(Toolchains toolchains) {
        this.toolchains = toolchains;
    }

    /** The versions an export can be checked on here: llc, FileCheck and lit installed, and new enough. */
    public static List<Integer> availableMajors() {
        return Toolchains.DEBIAN_MAJORS.stream().filter(m -> m >= OLDEST && LitRunner.available(m)).toList();
    }

    /**
     * @param chosen the case's target to export (a null triple matches any), or null for the first that shows the subject
     * @param reference the version whose output becomes the CHECK lines, or null for the newest correct one
     * @param targeted targeted checks even where a correct version exists
     */
    public LitExport export(CorpusCase c, Target chosen, Integer reference, boolean targeted, List<Integer> majors, Path work) {
        if (c.subject().isEmpty()) {
            throw new InputException(c.file() + ": the case names no subject kind: a regression test needs a bug to pin (a case with '; subject:')");
        }
        for (int m : majors) {
            if (m < OLDEST) {
                throw new InputException("LLVM " + m + ": exported tests are opaque-pointer IR, which LLVM " + m
                        + " reads only with a reader flag upstream tests do not carry: use LLVM " + OLDEST + " or newer");
            }
            if (!LitRunner.available(m) || !toolchains.installed().contains("llc-" + m)) {
                throw new InputException("LLVM " + m + ": llc, FileCheck or lit is missing: run scripts/setup-toolchains --llc " + m + " --tools");
            }
        }
        if (reference != null && !majors.contains(reference)) {
            throw new InputException("--llvm " + reference + " is not among the versions checked: " + majors);
        }
        Map<Integer, JudgedCell> cells = new TreeMap<>();
        try {
            Target target = pickTarget(c, chosen, majors, cells);
            List<Integer> showing = cells.entrySet().stream().filter(e -> e.getValue().shows(c.subject())).map(Map.Entry::getKey).toList();
            List<Integer> correct = cells.keySet().stream().filter(m -> !showing.contains(m)).toList();
            if (reference != null && showing.contains(reference)) {
                throw new InputException("--llvm " + reference + ": LLVM " + reference + " shows the bug (" + kinds(c.subject())
                        + "), so CHECK lines from its output would pin the buggy code; "
                        + (correct.isEmpty() ? "no version here is correct: leave out --llvm for targeted checks"
                                : "correct here: LLVM " + correct));
            }
            Integer from = targeted ? null : reference != null ? reference : correct.isEmpty() ? null : correct.get(correct.size() - 1);
            String draft = text(c, target, from, from != null ? cells.get(from) : cells.get(showing.get(showing.size() - 1)), List.of());
            Map<Integer, String> outputs = new LinkedHashMap<>();
            Map<Integer, Boolean> passes = runAll(c, draft, majors, work, outputs);
            for (int m : majors) {
                boolean shouldPass = from != null ? m == from || (!showing.contains(m) && passes.get(m)) : !showing.contains(m);
                if (passes.get(m) != shouldPass) {
                    throw new InputException(c.file() + ": the exported test " + (passes.get(m) ? "passes" : "fails") + " with LLVM " + m
                            + ", which " + (showing.contains(m) ? "shows" : "does not show") + " the bug: its checks do not tell the bug"
                            + " apart here, so it is not written. lit said:\n" + outputs.get(m).strip());
                }
            }
            List<String> statement = new ArrayList<>();
            majors.forEach(m -> statement.add(STATEMENT + (passes.get(m) ? "passes" : "fails") + " with LLVM " + m + " ("
                    + cells.get(m).cell().llvmVersion() + ")" + (showing.contains(m) ? ", which shows " + kinds(c.subject()) : "")));
            String text = text(c, target, from, from != null ? cells.get(from) : cells.get(showing.get(showing.size() - 1)), statement);
            if (!runAll(c, text, majors, work).equals(passes)) {
                throw new IllegalStateException("the header changed what lit says about " + c.file());
            }
            return new LitExport(c.stem() + ".ll", text, from == null ? "targeted" : "llc-" + from, passes);
        } finally {
            cells.values().forEach(JudgedCell::close);
        }
    }

    /** Parses the statement lines of an exported test: LLVM major to "passes". */
    public static Map<Integer, Boolean> statement(String text) {
        Map<Integer, Boolean> out = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(STATEMENT) + "(passes|fails) with LLVM (\\d+) ").matcher(text);
        while (m.find()) {
            out.put(Integer.parseInt(m.group(2)), m.group(1).equals("passes"));
        }
        return out;
    }

    private Target pickTarget(CorpusCase c, Target chosen, List<Integer> majors, Map<Integer, JudgedCell> cells) {
        List<Target> candidates = chosen == null ? c.targets()
                : c.targets().stream().filter(t -> t.equals(chosen.triple() == null ? chosen.withTriple(t.triple()) : chosen)).toList();
        if (candidates.isEmpty()) {
            throw new InputException("the target given (" + chosen + ") is none of " + c.file() + "'s: " + c.targets()
                    + ": give one of them with --triple, --cpu, --mattr and -O");
        }
        for (Target t : candidates) {
            cells.values().forEach(JudgedCell::close);
            cells.clear();
            for (int m : majors) {
                cells.put(m, JudgedCell.compile(toolchains, c, t, "llc-" + m));
            }
            if (cells.values().stream().anyMatch(j -> j.shows(c.subject()))) {
                return t;
            }
        }
        throw new InputException(c.file() + ": its subject (" + kinds(c.subject()) + ") shows on no target with LLVM " + majors
                + ": there is no bug to pin in a regression test here");
    }

    private static Map<Integer, Boolean> runAll(CorpusCase c, String text, List<Integer> majors, Path work) {
        return runAll(c, text, majors, work, new LinkedHashMap<>());
    }

    /** @param outputs gets lit's output per version, for the error that explains a test not written */
    private static Map<Integer, Boolean> runAll(CorpusCase c, String text, List<Integer> majors, Path work, Map<Integer, String> outputs) {
        Map<Integer, Boolean> out = new LinkedHashMap<>();
        for (int m : majors) {
            Path dir = work.resolve("lit-" + m);
            try {
                Files.createDirectories(dir);
                Path test = Files.writeString(dir.resolve(c.stem() + ".ll"), text);
                LitRunner.Result r = LitRunner.run(test, m);
                out.put(m, r.passed());
                outputs.put(m, r.output());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The test: header (how the checks were made, RUN lines, what it is about, what lit says), then
     * the IR with each function's check lines right after its {@code define} line.
     *
     * @param from the version whose output is checked, or null for targeted checks
     * @param source the compile the checks come from (the reference, or a buggy one for targeted checks)
     */
    private String text(CorpusCase c, Target target, Integer from, JudgedCell source, List<String> statement) {
        String llc = "llc " + String.join(" ", LlcBackend.arguments(OLDEST, target));
        Map<String, List<String>> checksOf = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        if (from != null) {
            header.add("; NOTE: Assertions have been generated by iretlab export-lit from LLVM "
                    + source.cell().llvmVersion() + "'s llc output, in the style of utils/update_llc_test_checks.py");
            header.add(";       (with --no_x86_scrub_sp: stack offsets are what an interrupt handler's alignment is about)");
            header.add("; RUN: " + llc + " < %s | FileCheck %s");
            for (FunctionVerdict v : source.verdicts()) {
                checksOf.put(v.function(), CheckLines.of(source.asm(v.function()), "CHECK"));
            }
        } else {
            header.add("; NOTE: Targeted assertions generated by iretlab export-lit from the findings on LLVM "
                    + source.cell().llvmVersion() + ": what correct code must contain, not what any LLVM emits.");
            Map<String, String> prefixes = new LinkedHashMap<>();
            boolean is64 = source.decoded().is64Bit();
            for (FunctionVerdict v : source.verdicts()) {
                var findings = JudgedCell.of(v, c.subject());
                if (findings.isEmpty()) {
                    continue;
                }
                var rules = TargetedChecks.of(source.asm(v.function()), source.decoded().function(v.function()).orElseThrow(), findings, is64);
                rules.values().forEach(r -> prefixes.putIfAbsent(r.prefix(), r.why()));
                checksOf.put(v.function(), rules.values().stream().flatMap(r -> r.checks().stream()).toList());
            }
            prefixes.forEach((p, why) -> header.add("; RUN: " + llc + " < %s | FileCheck %s --check-prefix=" + p));
            // "PREFIX:" anywhere in the file would be a check line, so the reasons name the prefix without a colon.
            prefixes.forEach((p, why) -> header.add(";   prefix " + p + " checks that " + why));
        }
        // Everything below that comes from the case is data: it must not be able to form a lit or
        // FileCheck directive, nor a statement line this class reads back.
        List<String> prefixes = checkPrefixes(checksOf);
        List<String> markers = List.of(STATEMENT.substring(2));
        header.add(";");
        header.add("; " + InertText.litLine(c.title(), prefixes, markers));
        if (!c.upstream().isEmpty()) {
            header.add("; Upstream: " + InertText.litLine(String.join(", ", c.upstream()), prefixes, markers));
        }
        c.wrong().forEach(w -> header.add("; Wrong: " + InertText.litLine(w, prefixes, markers)));
        c.correct().forEach(w -> header.add("; Correct: " + InertText.litLine(w, prefixes, markers)));
        header.addAll(statement);
        header.add("");
        List<String> body = new ArrayList<>();
        String[] ir = IrText.withoutHeader(c.text()).split("\n", -1);
        int firstIrLine = IrText.headerLines(c.text()) + 1;
        for (int i = 0; i < ir.length; i++) {
            String line = ir[i];
            if (line.stripLeading().startsWith(";")) {
                // A comment is free text: break what it holds, as in the header.
                line = InertText.litLine(line, prefixes, markers);
            } else {
                String directive = InertText.litDirective(line, prefixes);
                if (directive != null) {
                    throw new InputException(c.file() + ":" + (firstIrLine + i) + ": the IR holds '" + directive
                            + "' outside a comment; lit or FileCheck would read it as a directive of the exported test: "
                            + "rename what holds it (a quoted name or string) so that it does not");
                }
            }
            body.add(line);
            Matcher m = DEFINE.matcher(line);
            String name = !m.matches() ? null : m.group(1) != null ? m.group(1) : unquote(m.group(2));
            if (name != null && checksOf.containsKey(name)) {
                List<String> checks = checksOf.remove(name);
                for (String check : checks) {
                    // Check lines quote llc's output; a directive there would come from a name or string in the IR.
                    String directive = InertText.litDirective(check.replaceFirst("^; [A-Z][A-Z0-9_-]*:", ""), List.of());
                    if (directive != null) {
                        throw new InputException(c.file() + ": llc's output for @" + name + " holds '" + directive
                                + "', which lit would run as a directive of the exported test: rename what holds it");
                    }
                }
                body.addAll(checks);
            }
        }
        if (!checksOf.isEmpty()) {
            throw new IllegalStateException("no one-line define found for " + checksOf.keySet() + " in " + c.file());
        }
        return String.join("\n", header) + "\n" + String.join("\n", body);
    }

    /** The FileCheck prefixes the test's RUN lines use, read off its check lines ({@code ; PREFIX-LABEL:} or {@code ; PREFIX:}). */
    private static List<String> checkPrefixes(Map<String, List<String>> checksOf) {
        Set<String> out = new java.util.LinkedHashSet<>(List.of("CHECK"));
        Pattern p = Pattern.compile("^; ([A-Z][A-Z0-9_]*)(?:-[A-Z]+)?:");
        checksOf.values().forEach(lines -> lines.forEach(l -> {
            Matcher m = p.matcher(l);
            if (m.find()) {
                out.add(m.group(1));
            }
        }));
        return List.copyOf(out);
    }

    /** A quoted LLVM name's text: {@code \\XX} is the byte XX, {@code \\\\} a backslash. */
    static String unquote(String quoted) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < quoted.length(); i++) {
            char ch = quoted.charAt(i);
            if (ch == '\\' && i + 1 < quoted.length() && quoted.charAt(i + 1) == '\\') {
                bytes.write('\\');
                i++;
            } else if (ch == '\\' && i + 2 < quoted.length()) {
                bytes.write(Integer.parseInt(quoted.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(ch).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String kinds(Set<FindingKind> kinds) {
        return kinds.stream().map(FindingKind::id).collect(Collectors.joining(" "));
    }
}
