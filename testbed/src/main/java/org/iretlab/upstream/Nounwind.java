package org.iretlab.upstream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.corpus.CorpusCase;

/**
 * Marks every handler of an exported test {@code nounwind}, as LLVM's own tests of the interrupt
 * convention do: without it llc writes .cfi directives for the unwinder, CHECK lines that pin
 * nothing the test is about and that change whenever the frame layout does.
 */
final class Nounwind {
    private static final Pattern HANDLER = Pattern.compile("^define\\b[^@]*\\bx86_intrcc\\b[^@]*@");
    /** What may stand between the parameter list and the function attributes. */
    private static final Pattern BEFORE_ATTRIBUTES = Pattern.compile("\\G(\\s+(?:local_unnamed_addr|unnamed_addr|addrspace\\(\\d+\\)))*");

    private Nounwind() {}

    /** The case with its handlers marked; its other functions and its header as they were. */
    static CorpusCase handlers(CorpusCase c) {
        return new CorpusCase(c.file(), c.id(), c.title(), c.upstream(), c.wrong(), c.correct(), c.targets(), c.subject(),
                c.expectations(), c.afterFix(), c.sources(), c.runs(), c.reads(), c.readsBitcode(), c.oracle(), c.oracleAfterFix(),
                c.gcc(), mark(c.text()));
    }

    static String mark(String ir) {
        String[] lines = ir.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = markLine(lines[i]);
        }
        return String.join("\n", lines);
    }

    /** One {@code define} line, with {@code nounwind} right after its parameters (and unnamed_addr, addrspace). */
    static String markLine(String line) {
        Matcher m = HANDLER.matcher(line);
        if (!m.find() || line.matches(".*\\)[^)]*\\bnounwind\\b.*")) {
            return line;
        }
        int at = m.end();
        if (at < line.length() && line.charAt(at) == '"') {
            at = line.indexOf('"', at + 1) + 1;
        } else {
            while (at < line.length() && (Character.isLetterOrDigit(line.charAt(at)) || "-_.$".indexOf(line.charAt(at)) >= 0)) {
                at++;
            }
        }
        if (at <= 0 || at >= line.length() || line.charAt(at) != '(') {
            return line;
        }
        int depth = 0;
        do {
            char ch = line.charAt(at);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            at++;
        } while (depth > 0 && at < line.length());
        Matcher skip = BEFORE_ATTRIBUTES.matcher(line);
        skip.find(at);
        int insert = skip.end();
        return line.substring(0, insert) + " nounwind" + line.substring(insert);
    }
}
