package org.iretlab.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Line scanning that respects string literals, where '#', blanks and ".L" are data, not syntax. */
final class AsmLine {
    private record Stretch(String text, boolean literal) {
    }

    private AsmLine() {
    }

    /** Index of the '#' that starts a comment, or -1. */
    static int commentStart(String line) {
        int offset = 0;
        for (Stretch stretch : stretches(line)) {
            int hash = stretch.literal() ? -1 : stretch.text().indexOf('#');
            if (hash >= 0) {
                return offset + hash;
            }
            offset += stretch.text().length();
        }
        return -1;
    }

    /** Applies {@code code} to each stretch outside string literals; literals are copied as they are. */
    static String mapOutsideStrings(String line, UnaryOperator<String> code) {
        return stretches(line).stream()
                .map(stretch -> stretch.literal() ? stretch.text() : code.apply(stretch.text()))
                .collect(Collectors.joining());
    }

    /** The stretches outside string literals, each literal replaced by a blank so tokens do not merge. */
    static String outsideStrings(String line) {
        return stretches(line).stream()
                .map(stretch -> stretch.literal() ? " " : stretch.text())
                .collect(Collectors.joining());
    }

    /** Splits at the quotes of string literals; a literal keeps its quotes, an unterminated one runs to the end. */
    private static List<Stretch> stretches(String line) {
        List<Stretch> stretches = new ArrayList<>();
        int start = 0;
        boolean literal = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (literal && c == '\\') {
                i++;
            } else if (c == '"') {
                int end = literal ? i + 1 : i;
                stretches.add(new Stretch(line.substring(start, end), literal));
                start = end;
                literal = !literal;
            }
        }
        stretches.add(new Stretch(line.substring(start), literal));
        return stretches;
    }
}
