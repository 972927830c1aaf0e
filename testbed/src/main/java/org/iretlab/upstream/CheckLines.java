package org.iretlab.upstream;

import java.util.ArrayList;
import java.util.List;
import org.iretlab.asm.AsmFunction;

/**
 * FileCheck lines for a function from one llc's output, in the shape update_llc_test_checks.py
 * writes them: a CHECK-LABEL, the first line as CHECK, every further line as CHECK-NEXT, so the
 * whole body must match. Stack-pointer offsets are kept as they are (its --no_x86_scrub_sp, as
 * LLVM's x86-32-intrcc.ll does): in an interrupt handler they are what alignment is about.
 */
final class CheckLines {
    private CheckLines() {}

    static List<String> of(AsmFunction f, String prefix) {
        List<String> out = new ArrayList<>();
        out.add("; " + prefix + "-LABEL: " + escape(AsmFunction.label(f.name())) + ":");
        boolean first = true;
        for (AsmFunction.Line l : f.lines()) {
            String directive = first ? prefix + ":" : prefix + "-NEXT:";
            String pad = " ".repeat(Math.max(1, prefix.length() + 8 - directive.length()));
            out.add("; " + directive + pad + (l.instruction() || l.directive() ? "  " : "") + escape(l.text()));
            first = false;
        }
        return out;
    }

    /**
     * FileCheck reads {{ and [[ as a regex or a variable; llc's text is matched literally. Constant
     * pool labels are numbered per function and module, so they match by shape, as the script does.
     */
    static String escape(String text) {
        return text.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")
                .replaceAll("\\.LCPI\\d+_\\d+", "{{\\\\.?LCPI[0-9]+_[0-9]+}}");
    }
}
