package org.iretlab.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * An x86 register as AT&T assembly names it, with the family it belongs to (eax, ax and al are
 * parts of rax; xmm3 and ymm3 of vector register 3) and the width of the name.
 */
public record Register(String name, String family, Kind kind, int bits) {

    public enum Kind { GPR, VECTOR, MASK, X87, MMX, SEGMENT, IP, CONTROL }

    private static final Map<String, Register> BY_NAME = new HashMap<>();

    static {
        String[][] legacy = {
            {"rax", "eax", "ax", "al", "ah"}, {"rbx", "ebx", "bx", "bl", "bh"},
            {"rcx", "ecx", "cx", "cl", "ch"}, {"rdx", "edx", "dx", "dl", "dh"},
            {"rsi", "esi", "si", "sil"}, {"rdi", "edi", "di", "dil"},
            {"rbp", "ebp", "bp", "bpl"}, {"rsp", "esp", "sp", "spl"},
        };
        for (String[] names : legacy) {
            gpr(names[0], names[0], 64);
            gpr(names[1], names[0], 32);
            gpr(names[2], names[0], 16);
            for (int i = 3; i < names.length; i++) {
                gpr(names[i], names[0], 8);
            }
        }
        for (int n = 8; n < 16; n++) {
            String f = "r" + n;
            gpr(f, f, 64);
            gpr(f + "d", f, 32);
            gpr(f + "w", f, 16);
            gpr(f + "b", f, 8);
        }
        for (int n = 0; n < 32; n++) {
            add(new Register("xmm" + n, "v" + n, Kind.VECTOR, 128));
            add(new Register("ymm" + n, "v" + n, Kind.VECTOR, 256));
            add(new Register("zmm" + n, "v" + n, Kind.VECTOR, 512));
        }
        for (int n = 0; n < 8; n++) {
            add(new Register("k" + n, "k" + n, Kind.MASK, 64));
            add(new Register("mm" + n, "mm" + n, Kind.MMX, 64));
            add(new Register("st(" + n + ")", "st", Kind.X87, 80));
        }
        add(new Register("st", "st", Kind.X87, 80));
        for (String s : new String[] {"cs", "ds", "es", "fs", "gs", "ss"}) {
            add(new Register(s, s, Kind.SEGMENT, 16));
        }
        add(new Register("rip", "rip", Kind.IP, 64));
        add(new Register("eip", "rip", Kind.IP, 32));
        for (int n = 0; n < 9; n++) {
            add(new Register("cr" + n, "cr" + n, Kind.CONTROL, 64));
            add(new Register("dr" + n, "dr" + n, Kind.CONTROL, 64));
        }
    }

    private static void gpr(String name, String family, int bits) {
        add(new Register(name, family, Kind.GPR, bits));
    }

    private static void add(Register r) {
        BY_NAME.put(r.name, r);
    }

    /** The register named (without the %), or null. */
    public static Register byName(String name) {
        return BY_NAME.get(name);
    }

    public boolean isStackPointer() {
        return family.equals("rsp");
    }

    /** For vector registers: the vector number (xmm3 -> 3). */
    public int vectorIndex() {
        return Integer.parseInt(family.substring(1));
    }

    /** How many 128-bit lanes the name covers (xmm 1, ymm 2, zmm 4). */
    public int lanes() {
        return Math.max(1, bits / 128);
    }
}
