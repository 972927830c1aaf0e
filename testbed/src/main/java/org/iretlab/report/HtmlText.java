package org.iretlab.report;

/** Escaping and id-making for the HTML page: everything from a run is text, never markup. */
public final class HtmlText {
    private HtmlText() {}

    /** Text or attribute content; quotes too, so the same call is safe inside attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            appendEscaped(b, s.charAt(i));
        }
        return b.toString();
    }

    static void appendEscaped(StringBuilder b, char ch) {
        switch (ch) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            case '\t', '\n', '\r' -> b.append(ch);
            // Other control characters are parse errors in HTML; show that something was there.
            default -> b.append(ch < 0x20 || ch == 0x7f ? '\uFFFD' : ch);
        }
    }

    /**
     * An id (and fragment) from arbitrary text: letters, digits and '-' stay, everything else
     * becomes {@code _XXXX}, so distinct texts give distinct ids and no id needs URL-escaping.
     */
    static String id(String prefix, String text) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-') {
                b.append(ch);
            } else {
                b.append('_').append(String.format("%04x", (int) ch));
            }
        }
        return b.toString();
    }
}
