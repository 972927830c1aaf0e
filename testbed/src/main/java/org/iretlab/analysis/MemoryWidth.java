package org.iretlab.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many bytes an instruction's memory operand covers, in one place for every instruction class.
 * Both directions matter: a width too large forgets a neighbouring slot (a false clobber: a
 * {@code movss} counted as 16 bytes erased the spill of xmm0 next to a {@code volatile float}), one
 * too small keeps a slot the store overwrote (a missed clobber).
 */
final class MemoryWidth {
    /** Down-converting stores (AVX-512 vpmov): source element letter, destination element letter. */
    private static final Pattern DOWN_CONVERT = Pattern.compile("vpmovu?s?([wdq])([bwd])");
    private static final Pattern X87_INTEGER = Pattern.compile("fi(st|stp|sttp|ld|add|sub|subr|mul|div|divr|com|comp)(s|l|ll)");

    private MemoryWidth() {}

    /** The bytes the memory operand of {@code i} (of class {@code kind}) reads or writes. */
    static int of(ParsedInstruction i, Semantics.Kind kind, TargetFacts facts) {
        String m = i.mnemonic();
        return switch (kind) {
            case FP_SAVE, FP_RESTORE -> m.startsWith("fx") ? 512 : m.endsWith("save") || m.equals("frstor") ? 108 : xsaveArea(facts);
            case MXCSR_SAVE, MXCSR_LOAD -> 4;
            case X87_CONTROL -> 2;
            case X87 -> x87(m);
            case MMX -> m.equals("movd") ? 4 : 8;
            case VECTOR_MOVE, VECTOR_OP, VECTOR_FP_OP -> vector(i);
            case DESCRIPTOR_STORE -> m.startsWith("sgdt") || m.startsWith("sidt") ? (facts.is64Bit() ? 10 : 6) : 2;
            case ATOMIC -> m.equals("cmpxchg8b") ? 8 : m.equals("cmpxchg16b") ? 16 : integer(i, facts.wordBytes());
            case MASK_MOVE -> m.endsWith("d") ? 4 : integer(i, facts.wordBytes());
            default -> integer(i, facts.wordBytes());
        };
    }

    /** The standard-format XSAVE area for the machine's register file (the most XSAVE may write). */
    private static int xsaveArea(TargetFacts facts) {
        if (facts.registerFile().contains(TargetFacts.RegisterFile.AVX512)) {
            return 2688;
        }
        return facts.registerFile().contains(TargetFacts.RegisterFile.AVX) ? 832 : 576;
    }

    /**
     * x87 memory operands: fst/fld s 4, l 8, t 10; the integer forms fist/fild s 2, l 4, ll 8; BCD
     * 10; status word 2; environment 28 (32-bit protected-mode layout, also used in long mode).
     */
    static int x87(String m) {
        if (m.startsWith("fbld") || m.startsWith("fbstp")) {
            return 10;
        }
        if (m.matches("fn?stsw")) {
            return 2;
        }
        if (m.matches("fn?stenv|fldenv")) {
            return 28;
        }
        Matcher integer = X87_INTEGER.matcher(m);
        if (integer.matches()) {
            return switch (integer.group(2)) {
                case "s" -> 2;
                case "l" -> 4;
                default -> 8;
            };
        }
        if (m.endsWith("s")) {
            return 4;
        }
        if (m.endsWith("l")) {
            return 8;
        }
        return m.endsWith("t") ? 10 : 8;
    }

    /** Vector instructions: scalar and partial moves by their element, whole moves by the register's width. */
    static int vector(ParsedInstruction i) {
        String m = i.mnemonic().startsWith("v") ? i.mnemonic().substring(1) : i.mnemonic();
        int register = Semantics.vectorWidthBytes(i);
        if (m.matches("movss|extractps|movd|pextrd|insertps|pinsrd")) {
            return 4;
        }
        if (m.matches("movsd|movq|mov[lh]p[sd]|pextrq|pinsrq|movddup|broadcast[fi]32x2")) {
            return 8;
        }
        if (m.matches("pextrw|pinsrw")) {
            return 2;
        }
        if (m.matches("pextrb|pinsrb")) {
            return 1;
        }
        if (m.matches("extract[fi](128|32x4|64x2)|insert[fi](128|32x4|64x2)|broadcast[fi](128|32x4|64x2)")) {
            return 16;
        }
        if (m.matches("extract[fi](64x4|32x8)|insert[fi](64x4|32x8)|broadcast[fi](64x4|32x8)")) {
            return 32;
        }
        if (m.equals("cvtps2ph")) {
            return register / 2;
        }
        Matcher down = DOWN_CONVERT.matcher(i.mnemonic());
        if (down.matches()) {
            return register / (element(down.group(1)) / element(down.group(2)));
        }
        if (m.matches("(add|sub|mul|div|min|max|sqrt|rcp|rsqrt|round|cmp[a-z]*|u?comi|getexp|rndscale|rcp14|rsqrt14"
                + "|scalef|reduce|range)ss|f(n?m(add|sub)(132|213|231))ss|broadcastss|cvtss2s[di]|cvttss2si|cvtsi2ss[lq]?")) {
            return 4;
        }
        if (m.matches("(add|sub|mul|div|min|max|sqrt|round|cmp[a-z]*|u?comi|getexp|rndscale|rcp14|rsqrt14"
                + "|scalef|reduce|range)sd|f(n?m(add|sub)(132|213|231))sd|broadcastsd|cvtsd2s[si]|cvttsd2si|cvtsi2sd[lq]?")) {
            return 8;
        }
        return register;
    }

    private static int element(String letter) {
        return switch (letter) {
            case "b" -> 1;
            case "w" -> 2;
            case "d" -> 4;
            default -> 8;
        };
    }

    /**
     * Integer instructions: their size suffix (LLVM always prints one on an instruction with a
     * memory operand), except setcc (a byte) and the extensions (movzbl reads a byte); else the
     * width of a general-purpose register operand; else the native word.
     */
    static int integer(ParsedInstruction i, int wordBytes) {
        String m = i.mnemonic();
        if (m.matches("set[a-z]+")) {
            return 1;
        }
        if (m.matches("mov[sz](b|w|l)[wlq]|movslq")) {
            return suffix(m.charAt(4), wordBytes);
        }
        if (m.matches("[a-z]+[bwlq]")) {
            return suffix(m.charAt(m.length() - 1), wordBytes);
        }
        for (Operand o : i.operands()) {
            if (o instanceof Operand.Reg r && r.register().kind() == Register.Kind.GPR) {
                return r.register().bits() / 8;
            }
        }
        return wordBytes;
    }

    private static int suffix(char c, int wordBytes) {
        return switch (c) {
            case 'b' -> 1;
            case 'w' -> 2;
            case 'l' -> 4;
            case 'q' -> 8;
            default -> wordBytes;
        };
    }
}
