package org.iretlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU objdump's view of the same bytes, and a comparison "in substance": the same instruction
 * boundaries, mnemonics (objdump -M suffix spells them as LLVM does), operands up to number
 * formatting, and branch targets (objdump prints them absolute, LLVM relative).
 */
final class ObjdumpListing {
    private static final Pattern FUNCTION = Pattern.compile("^([0-9a-f]+) <(.+)>:$");
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*([0-9a-f]+):\\t(.*)$");
    private static final Pattern BRANCH = Pattern.compile("^(.*?)\\s+([0-9a-f]+) <[^>]*>$");
    private static final Pattern SEGMENT = Pattern.compile("^(%[c-gs]s):(.*)$");

    /** Function name to its address, and the instructions objdump shows from there, by address. */
    record Function(long address, Map<Long, String> instructions) {}

    private ObjdumpListing() {}

    static Map<String, Function> of(Path file) throws IOException, InterruptedException {
        String listing = DecodeFixtures.run("objdump", "-d", "--no-show-raw-insn", "-M", "suffix", file.toString());
        Map<String, Function> functions = new LinkedHashMap<>();
        Function current = null;
        for (String line : listing.split("\n")) {
            Matcher f = FUNCTION.matcher(line);
            Matcher i = INSTRUCTION.matcher(line);
            if (f.matches()) {
                current = new Function(Long.parseUnsignedLong(f.group(1), 16), new TreeMap<>(Long::compareUnsigned));
                functions.putIfAbsent(f.group(2), current);
            } else if (i.matches() && current != null) {
                current.instructions().put(Long.parseUnsignedLong(i.group(1), 16), i.group(2).replaceFirst("\\s*#.*$", "").trim());
            }
        }
        return functions;
    }

    /** Compares every instruction of every decoded function; returns how many were compared. */
    static int assertAgrees(DecodedObject decoded, Path file) throws IOException, InterruptedException {
        Map<String, Function> objdump = of(file);
        int compared = 0;
        for (DecodedFunction f : decoded.functions()) {
            Function theirs = objdump.get(f.name());
            assertNotNull(theirs, "objdump shows no " + f.name());
            assertEquals(theirs.address(), f.address(), f.name());
            for (DecodedInstruction ours : f.instructions()) {
                String text = theirs.instructions().get(ours.address());
                assertNotNull(text, f.name() + ": objdump has no instruction at 0x" + Long.toHexString(ours.address()) + " (" + ours + ")");
                assertEquals(substance(text, ours.branchTarget() != null), substance(ours), f.name() + ": " + ours + " vs objdump " + text);
                compared++;
            }
        }
        return compared;
    }

    private static String substance(DecodedInstruction ours) {
        if (ours.branchTarget() == null) {
            return substance(ours.text(), false);
        }
        return ours.text().substring(0, ours.text().lastIndexOf(' ')) + " -> " + Long.toHexString(ours.branchTarget());
    }

    private static String substance(String text, boolean branch) {
        if (branch) {
            Matcher m = BRANCH.matcher(text);
            return m.matches() ? m.group(1).trim().replaceAll("\\s+", " ") + " -> " + m.group(2) : "not a direct branch: " + text;
        }
        String[] words = text.trim().split("\\s+");
        List<String> mnemonic = new ArrayList<>();
        int w = 0;
        while (w < words.length && !startsOperand(words[w])) {
            mnemonic.add(words[w++]);
        }
        String operands = String.join("", List.of(words).subList(w, words.length));
        List<String> canonical = new ArrayList<>();
        for (String operand : splitOperands(operands)) {
            canonical.add(operand(operand));
        }
        return String.join(" ", mnemonic) + " " + String.join(",", canonical);
    }

    private static boolean startsOperand(String word) {
        return "%$(*-".indexOf(word.charAt(0)) >= 0 || Character.isDigit(word.charAt(0));
    }

    private static List<String> splitOperands(String operands) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < operands.length(); i++) {
            char c = operands.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(operands.substring(start, i));
                start = i + 1;
            }
        }
        if (start < operands.length()) {
            parts.add(operands.substring(start));
        }
        return parts;
    }

    private static String operand(String op) {
        Matcher segment = SEGMENT.matcher(op);
        if (segment.matches()) {
            return segment.group(1) + ":" + operand(segment.group(2));
        }
        if (op.startsWith("*")) {
            return "*" + operand(op.substring(1));
        }
        if (op.startsWith("$")) {
            return "$" + number(op.substring(1));
        }
        if (op.startsWith("%")) {
            return op;
        }
        int paren = op.indexOf('(');
        if (paren < 0) {
            return number(op);
        }
        String[] inside = op.substring(paren + 1, op.length() - 1).split(",", -1);
        String index = inside.length > 1 ? "," + inside[1] + "," + (inside.length > 2 ? inside[2] : "1") : "";
        return number(paren == 0 ? "0" : op.substring(0, paren)) + "(" + inside[0] + index + ")";
    }

    /** The low 32 bits: objdump shows $-16 of a 32-bit and as $0xfffffff0. */
    private static String number(String s) {
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        long value = digits.startsWith("0x") ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        return Long.toString((negative ? -value : value) & 0xffffffffL);
    }
}
