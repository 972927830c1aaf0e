package org.iretlab.target;

/** Facts that follow from a target triple alone. */
public final class Triples {
    private Triples() {}

    /** True for x86-64 triples; everything else this project handles is 32-bit x86. */
    public static boolean is64Bit(String triple) {
        String arch = triple == null ? "" : triple.split("-", 2)[0];
        return arch.equals("x86_64") || arch.equals("amd64") || arch.equals("x86_64h");
    }

    /** The width of a general-purpose register, which bounds a legal error-code parameter. */
    public static int nativeWordBits(String triple) {
        return is64Bit(triple) ? 64 : 32;
    }

    public static boolean isX86(String triple) {
        String arch = triple == null ? "" : triple.split("-", 2)[0];
        return is64Bit(triple) || arch.matches("i[3-6]86") || arch.equals("x86");
    }
}
