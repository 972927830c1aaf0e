package org.iretlab.upstream;

import java.util.Arrays;

/** A case's IR as an upstream reader wants it: without iretlab's header. */
final class IrText {
    private IrText() {}

    /** The text after the leading {@code ;} comment block (the header), and without blank lines before the IR. */
    static String withoutHeader(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && (lines[i].startsWith(";") || lines[i].isBlank())) {
            i++;
        }
        return String.join("\n", Arrays.asList(lines).subList(i, lines.length)).stripTrailing() + "\n";
    }
}
