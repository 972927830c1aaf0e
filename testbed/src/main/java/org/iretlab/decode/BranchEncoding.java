package org.iretlab.decode;

/**
 * Targets of direct (IP-relative) branches, read from the encoding the way the CPU computes them:
 * the address after the instruction plus the signed displacement that ends the instruction.
 */
final class BranchEncoding {
    private BranchEncoding() {}

    /** The target of a direct call/jmp/jcc/loop/jcxz, or null for any other instruction. */
    static Long target(byte[] insn, long address, boolean is64) {
        int i = 0;
        while (i < insn.length && isPrefix(insn[i] & 0xff, is64)) {
            i++;
        }
        if (i >= insn.length) {
            return null;
        }
        int op = insn[i] & 0xff;
        int displacementAt;
        if (op == 0xe8 || op == 0xe9 || op == 0xeb || (op >= 0x70 && op <= 0x7f) || (op >= 0xe0 && op <= 0xe3)) {
            displacementAt = i + 1;
        } else if (op == 0x0f && i + 1 < insn.length && (insn[i + 1] & 0xf0) == 0x80) {
            displacementAt = i + 2;
        } else {
            return null;
        }
        // LLVM has already chosen the displacement width (an operand-size prefix makes it 16 bits in
        // 32-bit mode and is ignored in 64-bit mode), so the width is what is left of the instruction.
        int width = insn.length - displacementAt;
        if (width != 1 && width != 2 && width != 4) {
            return null;
        }
        long displacement = width == 1 ? insn[displacementAt]
                : width == 2 ? (short) littleEndian(insn, displacementAt, 2) : (int) littleEndian(insn, displacementAt, 4);
        long target = address + insn.length + displacement;
        if (width == 2) {
            return target & 0xffffL;
        }
        return is64 ? target : target & 0xffffffffL;
    }

    private static boolean isPrefix(int b, boolean is64) {
        return switch (b) {
            case 0xf0, 0xf2, 0xf3, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65, 0x66, 0x67 -> true;
            default -> is64 && (b & 0xf0) == 0x40;
        };
    }

    private static long littleEndian(byte[] bytes, int at, int count) {
        long value = 0;
        for (int k = count - 1; k >= 0; k--) {
            value = (value << 8) | (bytes[at + k] & 0xff);
        }
        return value;
    }
}
