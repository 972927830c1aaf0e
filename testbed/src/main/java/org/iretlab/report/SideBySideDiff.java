package org.iretlab.report;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/**
 * A two-column HTML table of two assembly texts, long unchanged runs folded, changed words marked.
 * The diff library's own HTML escaping is switched off: this class escapes, so that escaping has
 * one owner and inline markers cannot be confused with text.
 */
final class SideBySideDiff {
    /** Unchanged lines kept around each change; the rest of the function is one click away in its asm block. */
    static final int CONTEXT = 3;

    // Marker characters stand in for the inline tags until the text is escaped; they are removed from inputs.
    private static final char DEL_OPEN = '\u0001';
    private static final char DEL_CLOSE = '\u0002';
    private static final char INS_OPEN = '\u0003';
    private static final char INS_CLOSE = '\u0004';

    private SideBySideDiff() {}

    static String table(String leftName, String leftText, String rightName, String rightText) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(line -> line)
                .columnWidth(0)
                .oldTag(open -> String.valueOf(open ? DEL_OPEN : DEL_CLOSE))
                .newTag(open -> String.valueOf(open ? INS_OPEN : INS_CLOSE))
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(leftText), lines(rightText));
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"sxs\"><thead><tr><th>").append(HtmlText.escape(leftName)).append("</th><th>")
                .append(HtmlText.escape(rightName)).append("</th></tr></thead><tbody>\n");
        int n = rows.size();
        int i = 0;
        while (i < n) {
            if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
                row(b, rows.get(i));
                i++;
                continue;
            }
            int end = i;
            while (end < n && rows.get(end).getTag() == DiffRow.Tag.EQUAL) {
                end++;
            }
            // Keep CONTEXT lines after the previous change and before the next one; fold the middle.
            int keepHead = i == 0 ? 0 : CONTEXT;
            int keepTail = end == n ? 0 : CONTEXT;
            if (end - i <= keepHead + keepTail + 1) {
                for (int k = i; k < end; k++) {
                    row(b, rows.get(k));
                }
            } else {
                for (int k = i; k < i + keepHead; k++) {
                    row(b, rows.get(k));
                }
                int folded = end - i - keepHead - keepTail;
                b.append("<tr class=\"fold\"><td colspan=\"2\">… ").append(folded).append(" unchanged line")
                        .append(folded == 1 ? "" : "s").append(" …</td></tr>\n");
                for (int k = end - keepTail; k < end; k++) {
                    row(b, rows.get(k));
                }
            }
            i = end;
        }
        b.append("</tbody></table>\n");
        return b.toString();
    }

    private static List<String> lines(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            clean.append(ch >= DEL_OPEN && ch <= INS_CLOSE ? '\uFFFD' : ch);
        }
        return clean.toString().lines().toList();
    }

    private static void row(StringBuilder b, DiffRow r) {
        String cls = switch (r.getTag()) {
            case EQUAL -> "eq";
            case INSERT -> "ins";
            case DELETE -> "del";
            case CHANGE -> "chg";
        };
        b.append("<tr class=\"").append(cls).append("\"><td>");
        inline(b, r.getOldLine());
        b.append("</td><td>");
        inline(b, r.getNewLine());
        b.append("</td></tr>\n");
    }

    private static void inline(StringBuilder b, String line) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case DEL_OPEN -> b.append("<del>");
                case DEL_CLOSE -> b.append("</del>");
                case INS_OPEN -> b.append("<ins>");
                case INS_CLOSE -> b.append("</ins>");
                default -> HtmlText.appendEscaped(b, ch);
            }
        }
    }
}
