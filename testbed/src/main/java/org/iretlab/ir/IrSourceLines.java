package org.iretlab.ir;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a function is defined in textual IR, so that diagnostics about a function can say
 * file:line. LLVM-C keeps no source locations for IR, so this reads the text itself.
 */
public final class IrSourceLines {
    private IrSourceLines() {}

    /** "name:line" for the function's define/declare line, or the bare name when not found. */
    public static String locate(IrSource source, String function) {
        int line = lineOf(source.text(), function);
        return line > 0 ? source.name() + ":" + line : source.name();
    }

    static int lineOf(String text, String function) {
        Pattern p = Pattern.compile("^[ \\t]*(define|declare)\\b[^\\n]*@(\"?)" + Pattern.quote(function) + "\\2[ \\t]*\\(",
                Pattern.MULTILINE);
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return -1;
        }
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }
}
