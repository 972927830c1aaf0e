package org.iretlab.upstream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.asm.AsmFunction;

/**
 * FileCheck lines for a bug no available LLVM gets right: what correct code must contain, derived
 * from each finding (its instruction, and the alignment or state it is about), never the buggy
 * output itself. Each rule gets its own check prefix (one RUN line each), so that two rules about
 * the same instruction do not compete for the same match.
 */
final class TargetedChecks {
    /** The analyser's reasons carry the alignment they are about: "needs 64-byte alignment", "may assume 16". */
    private static final Pattern REQUIRED_ALIGN = Pattern.compile("needs (\\d+)-byte alignment|may assume (\\d+)");
    private static final Pattern SUB_RSP = Pattern.compile("^subq \\$(\\d+), %rsp");
    private static final Pattern MISALIGNED_BY = Pattern.compile("entry-sp-(\\d+)");
    private static final Pattern GPR = Pattern.compile("[er]?(ax|bx|cx|dx|si|di|bp)|r(8|9|1[0-5])");
    static final String IRET = "{{iret[lq]?|uiret}}";

    /** The lines of one prefix, and why a correct handler satisfies them. */
    record Rule(String prefix, String why, List<String> checks) {}

    private TargetedChecks() {}

    /** The rules for one function's subject findings, keyed by prefix (several findings of one rule merge). */
    static Map<String, Rule> of(AsmFunction f, DecodedFunction code, List<Finding> findings, boolean is64) {
        Map<Long, Integer> lineOf = MarkedAssembly.align(f, code);
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Integer index = lineOf.get(finding.address());
            if (index == null) {
                throw new IllegalStateException("the finding at 0x" + Long.toHexString(finding.address()) + " has no line in llc's text");
            }
            String line = f.lines().get(index).text();
            String anchor = "{{[[:<:]]}}" + AsmFunction.mnemonic(line) + "{{[[:>:]]}}";
            Rule rule = switch (finding.kind()) {
                case X87_STATE_CLOBBERED, MMX_STATE_CLOBBERED -> new Rule("X87MMX",
                        "x87/MMX state is saved before `" + line + "` and restored before iret (llvm#26785)",
                        List.of("{{fxsave|fnsave|xsave}}", anchor, "{{fxrstor|frstor|xrstor}}", IRET));
                case MXCSR_CLOBBERED -> new Rule("MXCSR", "MXCSR is saved before `" + line + "` and restored before iret",
                        List.of("{{fxsave|xsave|stmxcsr}}", anchor, "{{fxrstor|xrstor|ldmxcsr}}", IRET));
                case VECTOR_CLOBBERED -> vectorSaved(finding, f, lineOf);
                case MISSING_CLD -> new Rule("CLD", "cld comes before `" + line + "`", List.of("cld", anchor, IRET));
                case MISALIGNED_CALL_SITE, MISALIGNED_STACK_ACCESS -> alignment(finding, f, index, line, anchor, is64);
                case GPR_CLOBBERED -> savedAndRestored(finding, is64);
                default -> new Rule("NOT" + finding.kind().name().replace("_", ""),
                        "fallback for a kind without a rule: `" + line + "` (" + finding.kind().id() + ") does not appear as it is",
                        List.of("NOT:" + CheckLines.escape(line), IRET));
            };
            // The first finding of a rule is the one a fix must come before; later ones follow from it.
            rules.putIfAbsent(rule.prefix(), rule);
        }
        List<String> names = new ArrayList<>(rules.keySet());
        names.forEach(n -> rules.put(n, lines(rules.get(n), f.name())));
        return rules;
    }

    /**
     * Realignment before the instruction: {@code and $-A} for an alignment A at least the one
     * required. On x86-64 a call site may instead be fixed by counting the pushes right: the
     * allocation before it then differs from the buggy one by the misalignment (llvm#224029).
     */
    private static Rule alignment(Finding finding, AsmFunction f, int index, String line, String anchor, boolean is64) {
        Matcher m = REQUIRED_ALIGN.matcher(finding.reason());
        if (!m.find()) {
            throw new IllegalStateException("no alignment in the finding's reason: " + finding.reason());
        }
        int required = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        List<String> aligns = new ArrayList<>();
        for (int a = required; a <= 64; a *= 2) {
            aligns.add(Integer.toString(a));
        }
        String sp = is64 ? "q" : "l";
        String reg = is64 ? "%rsp" : "%esp";
        String realign = "and" + sp + " \\$-(" + String.join("|", aligns) + "), " + reg;
        String why = "the stack is realigned to " + required + " or more before `" + line + "`";
        Matcher off = MISALIGNED_BY.matcher(finding.reason());
        if (is64 && finding.kind() == FindingKind.MISALIGNED_CALL_SITE && off.find()) {
            int by = Integer.parseInt(off.group(1)) % required;
            for (int i = index - 1; i >= 0; i--) {
                Matcher sub = SUB_RSP.matcher(f.lines().get(i).text());
                if (sub.find()) {
                    int k = Integer.parseInt(sub.group(1));
                    realign += "|subq \\$(" + (k - by) + "|" + (k + required - by) + "), %rsp";
                    why += ", or the allocation before it is " + (k - by) + " or " + (k + required - by) + " bytes instead of "
                            + k + " (entry SP - SP at the call is " + off.group(1) + ", " + by + " off a multiple of " + required + ")";
                    break;
                }
            }
        }
        String prefix = finding.kind() == FindingKind.MISALIGNED_CALL_SITE ? "CALLALIGN" : "STACKALIGN";
        return new Rule(prefix, why, List.of("{{" + realign + "}}", anchor, IRET));
    }

    /**
     * The register a gpr-clobbered finding names (its reason's first word, "eax was changed at ...")
     * pushed and popped again before iret, as LLVM saves every register an interrupt handler writes.
     */
    private static Rule savedAndRestored(Finding finding, boolean is64) {
        String register = finding.reason().split(" ", 2)[0];
        if (!GPR.matcher(register).matches()) {
            throw new IllegalStateException("no register in the finding's reason: " + finding.reason());
        }
        String size = is64 ? "q" : "l";
        return new Rule("SAVE" + register.toUpperCase(), register + " is pushed and popped again before iret",
                List.of("{{[[:<:]]}}push" + size + " %" + register + "{{[[:>:]]}}", "{{[[:<:]]}}pop" + size + " %" + register
                        + "{{[[:>:]]}}", IRET));
    }

    /**
     * A vector-clobbered finding is at the iret and names the register, and mostly the instruction
     * that wrote it ("xmm0 (bits 0-127) was changed at 0x1 (written by ...)"): the register (or the
     * whole vector state) stored before that writer and loaded again after it, before iret.
     */
    private static Rule vectorSaved(Finding finding, AsmFunction f, Map<Long, Integer> lineOf) {
        Matcher register = VECTOR_REGISTER.matcher(finding.reason());
        if (!register.find()) {
            throw new IllegalStateException("no vector register in the finding's reason: " + finding.reason());
        }
        String reg = register.group(1);
        String move = reg.startsWith("k") ? "kmov[bwdq]" : "v?mov[a-z0-9]*";
        List<String> checks = new ArrayList<>(List.of("{{fxsave|xsave|" + move + " %" + reg + "[[:>:]]}}",
                "{{fxrstor|xrstor|" + move + " [^,]+, %" + reg + "[[:>:]]}}", IRET));
        String why = reg + " (or the whole vector state) is stored and loaded again before iret";
        Matcher writer = WRITER.matcher(finding.reason());
        Integer index = writer.find() ? lineOf.get(Long.parseLong(writer.group(1), 16)) : null;
        if (index != null) {
            String line = f.lines().get(index).text();
            checks.add(1, "{{[[:<:]]}}" + AsmFunction.mnemonic(line) + "{{[[:>:]]}}");
            why = reg + " (or the whole vector state) is stored before `" + line + "`, which writes it, and loaded again before iret";
        }
        return new Rule("VECSTATE", why, checks);
    }

    private static final Pattern VECTOR_REGISTER = Pattern.compile("^([xyz]mm\\d+|k[0-7])\\b");
    private static final Pattern WRITER = Pattern.compile(" was changed at 0x([0-9a-f]+)");

    /** A rule's pattern list as FileCheck lines of its prefix, under the function's label. */
    private static Rule lines(Rule r, String function) {
        List<String> out = new ArrayList<>();
        out.add("; " + r.prefix() + "-LABEL: " + function + ":");
        for (String c : r.checks()) {
            out.add(c.startsWith("NOT:") ? "; " + r.prefix() + "-NOT: " + c.substring(4) : "; " + r.prefix() + ":       " + c);
        }
        return new Rule(r.prefix(), r.why(), out);
    }
}
