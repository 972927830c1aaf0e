package org.iretlab.report;

/** Escapes text from a run (titles, targets, messages) so it cannot break Markdown tables or inject HTML. */
final class MarkdownText {
    private MarkdownText() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                // GitHub renders these as HTML, so entities rather than backslashes.
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '|', '`', '*', '_', '[', ']', '~' -> b.append('\\').append(ch);
                // A line break would end the table row or the list item.
                case '\n', '\r' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
