package org.iretlab.upstream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.verdict.Finding;
import org.iretlab.asm.AsmFunction;

/**
 * A handler's assembly with the instructions of findings marked ({@code # <-- kind: why}). The
 * analyser judges the object's code while a person reads llc's text, so the two are walked side by
 * side: the n-th instruction line is the n-th decoded instruction, except for the nops the
 * assembler inserts for alignment, which have no line.
 */
final class MarkedAssembly {
    static final String MARK = "# <-- ";

    private MarkedAssembly() {}

    /** The lines with every finding placed; a finding that cannot be placed is an error, not a silent omission. */
    static List<String> render(AsmFunction asm, DecodedFunction code, List<Finding> findings) {
        Map<Long, Integer> lineOfAddress = align(asm, code);
        Map<Integer, List<Finding>> marks = new HashMap<>();
        for (Finding f : findings) {
            Integer line = lineOfAddress.get(f.address());
            if (line == null) {
                throw new IllegalStateException("the finding at 0x" + Long.toHexString(f.address()) + " (" + f.assembly()
                        + ") has no line in llc's assembly of " + asm.name());
            }
            marks.computeIfAbsent(line, k -> new ArrayList<>()).add(f);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < asm.lines().size(); i++) {
            AsmFunction.Line l = asm.lines().get(i);
            if (l.directive()) {
                continue;
            }
            String text = l.instruction() ? "\t" + l.text() : l.text();
            List<Finding> here = marks.get(i);
            if (here == null) {
                out.add(text);
                continue;
            }
            for (int k = 0; k < here.size(); k++) {
                Finding f = here.get(k);
                out.add((k == 0 ? text : "\t") + "    " + MARK + f.kind().id() + ": " + f.reason());
            }
        }
        return out;
    }

    /** Decoded address to the index of its line in {@code asm.lines()}. */
    static Map<Long, Integer> align(AsmFunction asm, DecodedFunction code) {
        Map<Long, Integer> out = new HashMap<>();
        List<DecodedInstruction> decoded = code.instructions();
        int d = 0;
        for (int i = 0; i < asm.lines().size() && d < decoded.size(); i++) {
            AsmFunction.Line line = asm.lines().get(i);
            if (!line.instruction()) {
                continue;
            }
            String mnemonic = AsmFunction.mnemonic(line.text());
            while (d < decoded.size() && !sameMnemonic(mnemonic, decoded.get(d).text()) && isPadding(decoded.get(d).text())) {
                d++;
            }
            if (d < decoded.size() && sameMnemonic(mnemonic, decoded.get(d).text())) {
                out.put(decoded.get(d).address(), i);
                d++;
            } else {
                // The walk lost step (e.g. a pseudo the assembler expands): only what was aligned so far is trusted.
                return out;
            }
        }
        return out;
    }

    private static boolean sameMnemonic(String asmMnemonic, String decodedText) {
        return asmMnemonic.equalsIgnoreCase(AsmFunction.mnemonic(decodedText));
    }

    private static boolean isPadding(String decodedText) {
        String m = AsmFunction.mnemonic(decodedText).toLowerCase(Locale.ROOT);
        return m.startsWith("nop") || m.equals("data16") || m.equals("int3") || decodedText.startsWith("xchg %ax, %ax");
    }
}
