package org.iretlab.target;

import java.util.Locale;

/** Facts that follow from a target triple alone. */
public final class Triples {
    /** The only object format iretlab reads. */
    public static final String ELF = "ELF";

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

    /**
     * The object format LLVM writes for the triple, as LLVM's Triple decides it: what the triple's
     * last component ends in ({@code -elf}, {@code -coff}, {@code -macho}) if it says, else Mach-O on
     * Apple's systems, COFF on Windows (cygwin and mingw32 included) and UEFI, ELF everywhere else.
     */
    public static String objectFormat(String triple) {
        String[] parts = triple.toLowerCase(Locale.ROOT).split("-");
        String last = parts.length > 3 ? parts[parts.length - 1] : "";
        if (last.endsWith("elf") || last.endsWith("coff") || last.endsWith("macho")) {
            return last.endsWith("elf") ? ELF : last.endsWith("coff") ? "COFF" : "Mach-O";
        }
        String os = parts.length > 2 ? parts[2] : "";
        if (os.matches("(darwin|macos|ios|tvos|watchos|driverkit|xros|bridgeos).*")) {
            return "Mach-O";
        }
        return os.matches("(windows|win32|cygwin|mingw32|uefi).*") ? "COFF" : ELF;
    }

    /**
     * Why iretlab cannot read what LLVM makes for a triple that is not ELF, naming the ELF triples
     * to use instead; null for an ELF triple.
     */
    public static String notElf(String triple) {
        String format = objectFormat(triple);
        if (format.equals(ELF)) {
            return null;
        }
        String arch = triple.split("-", 2)[0];
        String instead = format.equals("COFF")
                ? arch + "-pc-windows-elf (the same Windows target, in an ELF object) or " + arch + "-unknown-linux-gnu"
                : arch + "-unknown-linux-gnu (16-byte stack alignment, as on Apple's systems) or " + arch + "-unknown-none";
        return "target triple '" + triple + "' makes " + format + " objects, and iretlab reads only ELF: give --triple "
                + instead + " to judge the code as ELF";
    }

    public static boolean isX86(String triple) {
        String arch = triple == null ? "" : triple.split("-", 2)[0];
        return is64Bit(triple) || arch.matches("i[3-6]86") || arch.equals("x86");
    }
}
