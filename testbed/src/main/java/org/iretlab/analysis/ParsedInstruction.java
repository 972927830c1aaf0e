package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iretlab.decode.DecodedInstruction;

/**
 * A decoded instruction split into prefix, mnemonic and operands (AT&T order: sources first,
 * destination last).
 */
public record ParsedInstruction(DecodedInstruction decoded, String prefix, String mnemonic, List<Operand> operands) {

    private static final Set<String> PREFIXES =
            Set.of("rep", "repe", "repz", "repne", "repnz", "lock", "notrack", "data16", "addr32",
                    "xacquire", "xrelease");

    public static ParsedInstruction parse(DecodedInstruction decoded) {
        String text = decoded.text().strip();
        String prefix = "";
        String[] head = text.split("\\s+", 2);
        while (PREFIXES.contains(head[0]) && head.length > 1) {
            prefix = prefix.isEmpty() ? head[0] : prefix + " " + head[0];
            head = head[1].strip().split("\\s+", 2);
        }
        String mnemonic = head[0];
        List<Operand> operands = new ArrayList<>();
        if (head.length > 1) {
            boolean branch = Semantics.isBranchMnemonic(mnemonic);
            for (String op : splitOperands(head[1])) {
                operands.add(branch ? branchOperand(op) : operand(op));
            }
        }
        return new ParsedInstruction(decoded, prefix, mnemonic, List.copyOf(operands));
    }

    public long address() {
        return decoded.address();
    }

    public String text() {
        return decoded.text();
    }

    /** The text as a person reads it: a direct call or jump names its target symbol instead of a relocated 0. */
    public String display() {
        if (decoded.symbol() != null && Semantics.isBranchMnemonic(mnemonic)) {
            return mnemonic + " " + decoded.symbol();
        }
        return decoded.text();
    }

    public Operand destination() {
        return operands.isEmpty() ? null : operands.get(operands.size() - 1);
    }

    public Operand source() {
        return operands.isEmpty() ? null : operands.get(0);
    }

    /** Operands of type Mem. */
    public List<Operand.Mem> memoryOperands() {
        return operands.stream().filter(o -> o instanceof Operand.Mem).map(o -> (Operand.Mem) o).toList();
    }

    private static List<String> splitOperands(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }

    private static Operand branchOperand(String op) {
        if (op.startsWith("*")) {
            return new Operand.Target(op, true);
        }
        return new Operand.Target(op, false);
    }

    static Operand operand(String op) {
        if (op.startsWith("%") && !op.contains("(") && !op.contains(":")) {
            return new Operand.Reg(register(op));
        }
        if (op.startsWith("%st(")) {
            return new Operand.Reg(register(op));
        }
        if (op.startsWith("$")) {
            return new Operand.Imm(number(op.substring(1)), op);
        }
        return memory(op);
    }

    private static Operand.Mem memory(String op) {
        Register segment = null;
        String rest = op;
        int colon = op.indexOf(':');
        if (colon > 0 && op.startsWith("%")) {
            segment = register(op.substring(0, colon));
            rest = op.substring(colon + 1);
        }
        int paren = rest.indexOf('(');
        String dispText = paren < 0 ? rest : rest.substring(0, paren);
        Long disp = dispText.isEmpty() ? Long.valueOf(0) : number(dispText);
        Register base = null;
        Register index = null;
        int scale = 1;
        if (paren >= 0) {
            String[] parts = rest.substring(paren + 1, rest.lastIndexOf(')')).split(",", -1);
            if (!parts[0].isBlank()) {
                base = register(parts[0].strip());
            }
            // %eiz/%riz: the encoding's "no index" (GCC's long nops, e.g. leal 0(%esi,%eiz), %esi).
            if (parts.length > 1 && !parts[1].isBlank() && !parts[1].strip().matches("%[er]iz")) {
                index = register(parts[1].strip());
            }
            if (parts.length > 2 && !parts[2].isBlank()) {
                scale = Integer.parseInt(parts[2].strip());
            }
        }
        return new Operand.Mem(segment, disp == null ? 0 : disp, disp == null, base, index, scale);
    }

    private static Register register(String text) {
        String name = text.startsWith("%") ? text.substring(1) : text;
        Register r = Register.byName(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown register %" + name);
        }
        return r;
    }

    /** A decimal or hex number, or null for a symbol. */
    private static Long number(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        try {
            long v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
