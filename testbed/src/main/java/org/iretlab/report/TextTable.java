package org.iretlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table for the terminal whose columns are as wide as their content and whose lines never pass
 * the width given: the widest columns of text are narrowed first and their cells wrap within them,
 * so nothing is lost; only a header too wide for its column is cut (marked {@code ~}).
 */
public final class TextTable {
    private static final String GAP = "  ";
    /** The last column (the evidence) is narrowed to this before the others are. */
    static final int EVIDENCE = 32;
    /** A column of text is not made narrower than this. */
    static final int MIN_TEXT = 12;

    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> rightAligned;

    /** @param rightAligned the columns of numbers, aligned right so that they line up */
    public TextTable(List<String> header, Set<Integer> rightAligned) {
        rows.add(List.copyOf(header));
        this.rightAligned = Set.copyOf(rightAligned);
    }

    public TextTable add(List<String> row) {
        if (row.size() != rows.get(0).size()) {
            throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + rows.get(0).size() + " columns");
        }
        rows.add(List.copyOf(row));
        return this;
    }

    /** The table's lines, none longer than {@code width} (unless even the narrowest columns are wider). */
    public List<String> lines(int width) {
        int n = rows.get(0).size();
        int[] w = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], row.get(i).length());
            }
        }
        fit(w, width);
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            // The header is cut, not wrapped: one line of column names. A row's cells wrap within their columns.
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < n; i++) {
                List<String> cell = out.isEmpty() ? List.of(cut(row.get(i), w[i])) : wrap(row.get(i), w[i]);
                cells.add(cell);
                height = Math.max(height, cell.size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    String v = k < cells.get(i).size() ? cells.get(i).get(k) : "";
                    String pad = " ".repeat(w[i] - v.length());
                    line.append(i > 0 ? GAP : "").append(rightAligned.contains(i) ? pad + v : v + pad);
                }
                out.add(line.toString().stripTrailing());
            }
        }
        return out;
    }

    /**
     * Narrows columns until a line fits, in the order that costs the reader least: the last column
     * (the evidence) down to {@link #EVIDENCE}, the widest other columns of text down to their longest
     * word (they wrap between words), the last column down to {@link #MIN_TEXT}, and only then any
     * column of text down to {@link #MIN_TEXT} (words split). Numbers are never narrowed; their
     * headers are cut.
     */
    private void fit(int[] w, int width) {
        int n = w.length;
        int[] word = new int[n];
        int total = GAP.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            int data = 1;
            for (List<String> row : rows.subList(1, rows.size())) {
                data = Math.max(data, rightAligned.contains(i) ? row.get(i).length() : longestWord(row.get(i)));
            }
            word[i] = data;
            total += w[i];
        }
        int last = n - 1;
        int[] evidence = new int[n];
        int[] words = new int[n];
        int[] split = new int[n];
        for (int i = 0; i < n; i++) {
            boolean text = !rightAligned.contains(i);
            evidence[i] = i == last && text ? Math.min(w[i], EVIDENCE) : w[i];
            words[i] = !text ? w[i] : i == last ? evidence[i] : Math.min(w[i], Math.max(word[i], MIN_TEXT));
            split[i] = !text ? word[i] : Math.min(w[i], MIN_TEXT);
        }
        total = narrow(w, evidence, total, width);
        total = narrow(w, words, total, width);
        words[last] = split[last];
        total = narrow(w, words, total, width);
        narrow(w, split, total, width);
    }

    /** Narrows the widest columns that are wider than {@code least} until the total fits; returns the new total. */
    private static int narrow(int[] w, int[] least, int total, int width) {
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > least[i] && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return total;
            }
            w[widest]--;
            total--;
        }
        return total;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static String cut(String v, int width) {
        return v.length() <= width ? v : v.substring(0, width - 1) + "~";
    }

    /** {@code text} as lines of at most {@code width}: the first after {@code indent}, the others after {@code nextIndent}. */
    public static List<String> hanging(String text, int width, String indent, String nextIndent) {
        List<String> parts = wrap(text, width - nextIndent.length());
        List<String> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            out.add((k == 0 ? indent : nextIndent) + parts.get(k));
        }
        return out;
    }

    /** {@code text} in lines of at most {@code width}, broken at spaces where it can be. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int at = rest.lastIndexOf(' ', width);
            if (at <= 0) {
                lines.add(rest.substring(0, width));
                rest = rest.substring(width);
            } else {
                lines.add(rest.substring(0, at));
                rest = rest.substring(at + 1);
            }
        }
        lines.add(rest);
        return lines;
    }
}
