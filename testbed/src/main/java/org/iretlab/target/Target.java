package org.iretlab.target;

import org.iretlab.llvm.Triples;

/**
 * What code is generated for: an LLVM triple, a CPU (empty for the triple's default) and target
 * features in llc's -mattr spelling (e.g. {@code +avx,-sse}).
 */
public record Target(String triple, String cpu, String features) {
    public Target {
        if (triple == null || triple.isBlank()) {
            throw new IllegalArgumentException("a target needs a triple, e.g. i386-unknown-none or x86_64-unknown-none");
        }
        cpu = cpu == null ? "" : cpu;
        features = features == null ? "" : features;
    }

    public static Target of(String triple) {
        return new Target(triple, "", "");
    }

    public boolean is64Bit() {
        return Triples.is64Bit(triple);
    }

    public int wordBits() {
        return Triples.nativeWordBits(triple);
    }

    @Override
    public String toString() {
        return triple + (cpu.isEmpty() ? "" : " cpu=" + cpu) + (features.isEmpty() ? "" : " " + features);
    }
}
