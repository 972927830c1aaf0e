package org.iretlab.oracle;

import java.util.List;

/** 32-bit protected mode or 64-bit long mode: what differs between the two harnesses. */
enum Mode {
    BITS32("harness32.s", List.of("eax", "ebx", "ecx", "edx", "esi", "edi", "ebp"), "esp",
            List.of("%ds", "%es", "%fs", "%gs", "%ss"), 8, 288, "i386-unknown-none-elf", "elf_i386", "qemu-system-i386"),
    BITS64("harness64.s", List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13",
            "r14", "r15"), "rsp", List.of("%ds", "%es", "%fs", "%gs", "the FS base", "the GS base", "the kernel GS base"),
            16, 416, "x86_64-unknown-none-elf", "elf_x86_64", "qemu-system-x86_64");

    final String template;
    /** The GPRs the harness fills and compares, in the order the kernel prints them (SP and flags follow). */
    final List<String> gprs;
    final String sp;
    /** The segment state the kernel prints after SP and flags: selectors, and on x86-64 the FS/GS bases. */
    final List<String> segments;
    final int xmmRegisters;
    /** The bytes of the FXSAVE image the kernel prints: through the last xmm register. */
    final int fxBytes;
    final String assemblerTriple;
    final String ldEmulation;
    final String qemu;

    Mode(String template, List<String> gprs, String sp, List<String> segments, int xmmRegisters, int fxBytes,
            String assemblerTriple, String ldEmulation, String qemu) {
        this.template = template;
        this.gprs = gprs;
        this.sp = sp;
        this.segments = segments;
        this.xmmRegisters = xmmRegisters;
        this.fxBytes = fxBytes;
        this.assemblerTriple = assemblerTriple;
        this.ldEmulation = ldEmulation;
        this.qemu = qemu;
    }

    static Mode of(String triple) {
        return triple.startsWith("x86_64") || triple.startsWith("amd64") ? BITS64 : BITS32;
    }

    int spIndex() {
        return gprs.size();
    }

    int flagsIndex() {
        return gprs.size() + 1;
    }

    /** Where segment state {@code i} is in the kernel's before/after words. */
    int segmentIndex(int i) {
        return gprs.size() + 2 + i;
    }
}
