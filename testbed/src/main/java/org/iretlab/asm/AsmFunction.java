package org.iretlab.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One function of llc's assembly output, whitespace collapsed: labels, block comments, {@code #APP}
 * markers, instructions with their comments, and the directives inside the body (.cfi_*, .p2align),
 * which FileCheck lines must match (update_llc_test_checks.py keeps them) and a person reading a
 * report can do without ({@link #readable()}).
 */
public record AsmFunction(String name, List<Line> lines) {
    private static final Pattern END = Pattern.compile("^\\.Lfunc_end\\d+:.*");

    /** One line; {@code instruction} is false for labels, comments and directives. */
    public record Line(String text, boolean instruction, boolean directive) {}

    /** The function's body from its label to llc's {@code .Lfunc_endN}, if the text defines it. */
    public static Optional<AsmFunction> of(String asm, String name) {
        List<Line> lines = new ArrayList<>();
        boolean inside = false;
        String symbol = label(name);
        for (String raw : asm.split("\n")) {
            if (!inside) {
                inside = raw.equals(symbol + ":") || raw.startsWith(symbol + ":") && raw.substring(symbol.length() + 1).isBlank()
                        || raw.matches(Pattern.quote(symbol) + ":\\s+#.*");
                continue;
            }
            if (END.matcher(raw).matches()) {
                return Optional.of(new AsmFunction(name, List.copyOf(lines)));
            }
            String text = raw.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || text.equals(".cfi_startproc")) {
                continue;
            }
            boolean directive = text.startsWith(".") && !text.endsWith(":");
            boolean label = !Character.isWhitespace(raw.charAt(0)) && !text.startsWith("#");
            lines.add(new Line(text, !directive && !label && !text.startsWith("#"), directive));
        }
        return Optional.empty();
    }

    /**
     * A symbol as llc writes it in assembly: as it is when every character is one the assembler
     * takes bare (letters, digits, '_', '.', '$', '@', not a digit first), else quoted with '\\'
     * and '"' escaped, as {@code define void @"foo bar"} gives the label {@code "foo bar":}.
     */
    public static String label(String name) {
        boolean bare = !name.isEmpty() && !Character.isDigit(name.charAt(0));
        for (int i = 0; i < name.length() && bare; i++) {
            char ch = name.charAt(i);
            bare = ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '$' || ch == '@');
        }
        return bare ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The lines a person reads: without the directives. */
    public List<Line> readable() {
        return lines.stream().filter(l -> !l.directive()).toList();
    }

    /** The instruction lines, in order: the n-th is the n-th instruction of the object's code. */
    public List<String> instructions() {
        return lines.stream().filter(Line::instruction).map(Line::text).toList();
    }

    /** The mnemonic of an instruction line or of a disassembled instruction text. */
    public static String mnemonic(String instruction) {
        String t = instruction.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }
}
