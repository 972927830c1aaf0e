package org.iretlab.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that makes text from input (case headers, file names, function names, LLVM's
 * messages about them) inert in each medium iretlab writes it to: a lit test, Markdown, a
 * terminal. Input is data; in none of these media may it become a command, a check, markup or a
 * terminal control sequence.
 */
public final class InertText {
    /**
     * lit's keywords (llvm/utils/lit/lit/TestRunner.py, parseIntegratedTestScript): lit finds them
     * anywhere on a line, even inside a word ("XRUN:" runs), so they are matched without a boundary.
     */
    public static final List<String> LIT_KEYWORDS = List.of("RUN:", "XFAIL:", "REQUIRES:", "UNSUPPORTED:", "ALLOW_RETRIES:",
            "END.", "DEFINE:", "REDEFINE:");
    /** What breaks a directive: a space between the keyword and its ':' or '.', which neither lit nor FileCheck accepts. */
    private static final String BREAK = " ";

    private InertText() {}

    // ---- lit tests -------------------------------------------------------------------------------

    /**
     * A FileCheck directive for one of {@code prefixes} ({@code CHECK:}, {@code CHECK-NEXT:},
     * {@code CHECK-COUNT-2:}, {@code CHECK-DAG{LITERAL}:} ...): the prefix must not follow a word
     * character, as FileCheck requires, and runs up to the colon.
     */
    private static Pattern fileCheck(Collection<String> prefixes) {
        List<String> quoted = new ArrayList<>();
        prefixes.forEach(p -> quoted.add(Pattern.quote(p)));
        quoted.add("COM");
        return Pattern.compile("(?<![A-Za-z0-9_-])(?:" + String.join("|", quoted) + ")(?:-[A-Za-z0-9-]*)?(?:\\{[A-Z]*\\})?(?=:)");
    }

    /**
     * One line of a lit test made from input: no lit keyword, no FileCheck directive of the test's
     * prefixes (plus {@code COM}) and none of {@code markers} (lines the exporter itself reads
     * back) stays intact, and no control character (a {@code \r} or form feed starts a new line
     * for some readers) is left. Each keyword is broken by a space before its ':' or '.', so the
     * words remain readable: "RUN: touch x" becomes "RUN : touch x".
     */
    public static String litLine(String s, Collection<String> checkPrefixes, Collection<String> markers) {
        String out = controlsEscaped(s, true);
        for (int round = 0; round < 8; round++) {
            String before = out;
            for (String k : LIT_KEYWORDS) {
                String word = k.substring(0, k.length() - 1);
                out = out.replace(k, word + BREAK + k.charAt(k.length() - 1));
            }
            for (String m : markers) {
                int colon = m.lastIndexOf(':');
                if (colon > 0) {
                    out = out.replace(m.substring(0, colon + 1), m.substring(0, colon) + BREAK + ":");
                }
            }
            Matcher fc = fileCheck(checkPrefixes).matcher(out);
            out = fc.replaceAll(r -> Matcher.quoteReplacement(r.group()) + BREAK);
            if (out.equals(before)) {
                return out;
            }
        }
        return out;
    }

    /** The first lit keyword or FileCheck directive of {@code prefixes} a line holds, or null: for lines that cannot be changed. */
    public static String litDirective(String line, Collection<String> checkPrefixes) {
        for (String k : LIT_KEYWORDS) {
            if (line.contains(k)) {
                return k;
            }
        }
        Matcher fc = fileCheck(checkPrefixes).matcher(line);
        return fc.find() ? fc.group() + ":" : null;
    }

    // ---- Markdown --------------------------------------------------------------------------------

    /**
     * Text in Markdown prose, a list item or a table cell: HTML is shown, never rendered (entities),
     * Markdown's own marks are backslash-escaped, a line break becomes a space and control
     * characters (an ANSI escape's ESC among them) are shown as {@code \xNN}.
     */
    public static String markdown(String s) {
        if (s == null) {
            return "";
        }
        String clean = controlsEscaped(s.replace('\n', ' ').replace('\r', ' '), false);
        StringBuilder b = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                // GitHub renders these as HTML, so entities rather than backslashes.
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '|', '`', '*', '_', '[', ']', '~' -> b.append('\\').append(ch);
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Text inside a Markdown code span: no backtick can close it and no control character is left. */
    public static String markdownCode(String s) {
        return controlsEscaped(s == null ? "" : s.replace('\n', ' ').replace('\r', ' '), false).replace('`', '\'');
    }

    /** A code fence for {@code lines}: longer than any run of backticks in them, so no line can close it. */
    public static String markdownFence(List<String> lines) {
        int longest = 0;
        for (String l : lines) {
            int run = 0;
            for (int i = 0; i < l.length(); i++) {
                run = l.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** A line inside a code fence: shown as it is, except control characters. */
    public static String markdownCodeLine(String s) {
        return controlsEscaped(s, true);
    }

    // ---- terminal --------------------------------------------------------------------------------

    /**
     * Text for a terminal: line breaks and tabs stay, every other control character (ESC, so no
     * ANSI sequence; CR, so no line is overwritten; C1 controls such as CSI) and the Unicode
     * direction overrides are shown as escapes ({@code \\x1b}, {@code \\u202e}).
     */
    public static String terminal(String s) {
        if (s == null) {
            return "null";
        }
        return controlsEscaped(s, true);
    }

    /** @param keepTab keep tabs (a terminal or code block shows them as space) */
    private static String controlsEscaped(String s, boolean keepTab) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean control = (ch < 0x20 && ch != '\n' && !(keepTab && ch == '\t')) || (ch >= 0x7f && ch <= 0x9f)
                    || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x2028 || ch == 0x2029;
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (!control) {
                    b.append(ch);
                } else if (ch <= 0xff) {
                    b.append(String.format("\\x%02x", (int) ch));
                } else {
                    b.append(String.format("\\u%04x", (int) ch));
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
