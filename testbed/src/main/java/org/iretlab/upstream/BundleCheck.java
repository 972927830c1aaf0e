package org.iretlab.upstream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.verdict.FindingKind;

/**
 * Checks a bug report's Markdown, as it would be pasted, for every part and for what each part
 * must hold: the check reads the text, not the record it came from, so a part lost in rendering
 * or cut by hand is caught.
 */
public final class BundleCheck {
    private static final Pattern FENCE = Pattern.compile("(?sm)^(```+)(\\w+)\\n(.*?)^\\1$");
    private static final Pattern ORACLE_NOTE = Pattern.compile("(N/A: \\S.*|(OK|BUG|TIMEOUT) after \\d+ scenarios.*)");

    private BundleCheck() {}

    /** What is missing or malformed, one line each; empty for a complete report. */
    public static List<String> problems(String markdown) {
        List<String> problems = new ArrayList<>();
        if (!markdown.startsWith("## ")) {
            problems.add("no title line (## ...)");
        }
        Map<BundlePart, String> parts = split(markdown, problems);
        for (BundlePart p : BundlePart.values()) {
            String body = parts.get(p);
            if (body == null) {
                problems.add("part missing: " + p.heading);
            } else if (body.isBlank()) {
                problems.add("part empty: " + p.heading);
            } else {
                check(p, body, problems);
            }
        }
        return problems;
    }

    /** The code of the first fenced block of a language in a part, or null. */
    public static String fenced(String markdown, BundlePart part, String language) {
        String body = split(markdown, new ArrayList<>()).get(part);
        return body == null ? null : block(body, language);
    }

    private static Map<BundlePart, String> split(String markdown, List<String> problems) {
        Map<BundlePart, String> parts = new LinkedHashMap<>();
        BundlePart current = null;
        StringBuilder body = new StringBuilder();
        int order = -1;
        for (String line : markdown.split("\n", -1)) {
            BundlePart heading = null;
            for (BundlePart p : BundlePart.values()) {
                if (line.equals(p.line())) {
                    heading = p;
                }
            }
            if (heading == null) {
                body.append(line).append('\n');
                continue;
            }
            if (current != null) {
                parts.put(current, body.toString());
            }
            if (parts.containsKey(heading)) {
                problems.add("part twice: " + heading.heading);
            }
            if (heading.ordinal() < order) {
                problems.add("part out of order: " + heading.heading);
            }
            order = heading.ordinal();
            current = heading;
            body.setLength(0);
        }
        if (current != null) {
            parts.put(current, body.toString());
        }
        return parts;
    }

    private static void check(BundlePart p, String body, List<String> problems) {
        switch (p) {
            case SUMMARY -> require(body.contains("LLVM") && body.strip().endsWith("."), p, "a paragraph naming LLVM versions", problems);
            case IR -> {
                String ir = block(body, "llvm");
                require(ir != null && ir.contains("define") && ir.contains("x86_intrcc"), p,
                        "a ```llvm block defining an x86_intrcc function", problems);
            }
            case COMMANDS -> {
                String sh = block(body, "sh");
                require(sh != null && !sh.isBlank() && sh.lines().allMatch(l -> l.startsWith("llc ") && l.contains("-mtriple=")
                        && l.contains(BugReport.IR_FILE)), p, "a ```sh block of llc command lines with -mtriple= reading "
                        + BugReport.IR_FILE, problems);
            }
            case ASSEMBLY -> {
                String asm = block(body, "asm");
                require(asm != null && asm.lines().anyMatch(BundleCheck::isMarked), p,
                        "a ```asm block with an instruction marked '" + MarkedAssembly.MARK + "KIND: why'", problems);
            }
            case TABLE -> {
                List<String> rows = body.lines().filter(l -> l.startsWith("|")).toList();
                require(rows.size() >= 3 && rows.get(0).split("\\|").length >= 5, p,
                        "a table with a header, a separator and a row, over at least two LLVM versions", problems);
            }
            case ORACLE -> {
                boolean note = body.lines().anyMatch(l -> ORACLE_NOTE.matcher(l).find());
                boolean bug = body.contains("BUG after");
                boolean observed = body.lines().anyMatch(l -> l.startsWith("- "));
                require(note && (!bug || observed), p,
                        "the oracle's outcome (or N/A with the reason), and for BUG what it observed", problems);
            }
            case CORRECT -> require(body.lines().anyMatch(l -> l.startsWith("- ")) || body.contains(BundleMarkdown.NO_CORRECT), p,
                    "what correct code does, or that a plain file does not say", problems);
            case GCC -> require(body.contains(BundleMarkdown.NO_GCC) || body.lines().anyMatch(l -> l.startsWith("- GCC ")), p,
                    "what GCC does, or that the corpus does not say", problems);
        }
    }

    private static boolean isMarked(String line) {
        int at = line.indexOf(MarkedAssembly.MARK);
        if (at < 0) {
            return false;
        }
        String rest = line.substring(at + MarkedAssembly.MARK.length());
        int colon = rest.indexOf(':');
        if (colon < 0 || line.substring(0, at).isBlank()) {
            return false;
        }
        try {
            FindingKind.byId(rest.substring(0, colon));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String block(String body, String language) {
        Matcher m = FENCE.matcher(body);
        while (m.find()) {
            if (m.group(2).equals(language)) {
                return m.group(3);
            }
        }
        return null;
    }

    private static void require(boolean ok, BundlePart p, String what, List<String> problems) {
        if (!ok) {
            problems.add(p.heading + ": expected " + what);
        }
    }
}
