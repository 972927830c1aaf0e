package org.iretlab.explore;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an offending instruction or an LLVM message made comparable across handlers and
 * versions: addresses, offsets, immediates, local labels and generated handler names replaced, so
 * that one problem met in many handlers is one signature. Registers keep only their class: vector,
 * MMX and mask registers their kind ({@code %xmmN}), general registers their width ({@code %gpr64}),
 * since which one the register allocator picked is not the problem. The stack, frame and instruction
 * pointers keep their names: an access through {@code %rsp} and one through {@code %rbp} are
 * different frame layouts, and where the problem is.
 */
final class Normalise {
    private static final Pattern REGISTER = Pattern.compile("%([a-z][a-z0-9]*)\\b");
    private static final Set<String> GPR64 = Set.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi");
    private static final Set<String> GPR32 = Set.of("eax", "ebx", "ecx", "edx", "esi", "edi");
    private static final Set<String> GPR16 = Set.of("ax", "bx", "cx", "dx", "si", "di");
    private static final Set<String> GPR8 = Set.of("al", "ah", "bl", "bh", "cl", "ch", "dl", "dh", "sil", "dil");
    private static final Pattern NUMBERED = Pattern.compile("r(?:[89]|1[0-5])([dwb]?)");
    private static final Pattern MEMORY = Pattern.compile("N?\\(%\\w+(?:,[^)]*)?\\)");

    private Normalise() {}

    static String instruction(String text) {
        if (text == null) {
            return "";
        }
        String numbersGone = text.replaceAll("\\bexplore_\\d+\\b", "HANDLER")
                // The oracle names the handler it ran; a corpus mutation keeps the case's name for it.
                .replaceAll("^@[\\w.$]+ under QEMU", "@HANDLER under QEMU")
                .replaceAll("\\.L[\\w.$]+", ".L")
                .replaceAll("(?<![%\\w.])-?(0x[0-9a-fA-F]+|\\d+)\\b", "N")
                // One problem with eight vector registers (a spill of all of them) is one signature, not eight.
                .replaceAll("%([xyz]?mm|k)\\d+\\b", "%$1N");
        Matcher m = REGISTER.matcher(numbersGone);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(register(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * What of a normalised instruction a finding of this kind is about; the rest varies with the
     * handler's body, not with the problem. Data below SP is one problem whatever is stored there
     * and with which instruction: only where it is stays ({@code N(%rsp)}, {@code N(%rbp)}). The
     * inherited FP environment is one problem per unit: any x87 instruction runs with the interrupted
     * code's control word ({@code x87}), any SSE one with its MXCSR ({@code SSE}). Every other kind
     * keeps the instruction: for a misaligned access its mnemonic and register class are the
     * alignment it needs, for a call its callee.
     */
    static String focus(String kind, String at) {
        String mnemonic = at.split(" ", 2)[0];
        if (!at.contains(" ") || at.startsWith("@") || mnemonic.startsWith("call")) {
            return at;
        }
        return switch (kind) {
            case "red-zone-use", "stack-below-sp-use" -> {
                Matcher m = MEMORY.matcher(at);
                yield m.find() ? m.group() : at;
            }
            case "fp-env-inherited" -> mnemonic.startsWith("f") ? "x87" : "SSE";
            default -> at;
        };
    }

    /**
     * Whether the target's -mattr belongs in the signature: only where the finding names no
     * instruction with operands (the return, or the handler as a whole under QEMU), since the
     * operands already show the register state an instruction touches. A clobber seen at
     * {@code iretq} on +avx (the upper ymm halves) and on +sse2 (xmm) are two problems; a store
     * below SP on +avx and on -sse one.
     */
    static boolean needsFeatures(String at) {
        return !at.contains(" ") || at.startsWith("@");
    }

    /** A general register as its width ({@code %gpr32}); any other register as it is. */
    private static String register(String name) {
        Matcher numbered = NUMBERED.matcher(name);
        int width = GPR64.contains(name) ? 64 : GPR32.contains(name) ? 32 : GPR16.contains(name) ? 16 : GPR8.contains(name) ? 8
                : !numbered.matches() ? 0
                : switch (numbered.group(1)) {
                    case "d" -> 32;
                    case "w" -> 16;
                    case "b" -> 8;
                    default -> 64;
                };
        return width == 0 ? "%" + name : "%gpr" + width;
    }

    /** An LLVM message's first line, normalised, without the file names iretlab gave it. */
    static String message(String text) {
        if (text == null) {
            return "";
        }
        String first = text.strip().lines().findFirst().orElse("");
        return instruction(first.replaceAll("\\S*explore_\\d+\\.ll\\S*", "FILE").replaceAll("/\\S+", "PATH"));
    }
}
