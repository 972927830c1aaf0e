package org.iretlab.upstream;

import java.util.Arrays;

/** A case's IR as an upstream reader wants it: without iretlab's header. */
final class IrText {
    private IrText() {}

    /** The text after the leading {@code ;} comment block (the header), and without blank lines before the IR. */
    static String withoutHeader(String text) {
        String[] lines = text.split("\n", -1);
        int i = headerLines(text);
        return String.join("\n", Arrays.asList(lines).subList(i, lines.length)).stripTrailing() + "\n";
    }

    /** How many lines the header (and the blank lines after it) take: the IR starts on the line after. */
    static int headerLines(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && (lines[i].startsWith(";") || lines[i].isBlank())) {
            i++;
        }
        return i;
    }
}
