package org.iretlab.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iretlab.analysis.TargetFacts;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.FrameType;
import org.iretlab.handler.HandlerAttribute;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;

/**
 * Generator 1's choices: a handler description drawn from the builder's space (parameters, frame
 * type, body features, attributes) on a target drawn from the shapes interrupt handlers are built
 * for (i386/i686 bare, Linux and Windows-ELF; x86_64 bare and Linux), with the register files
 * kernels switch on or off, at -O0 to -O3. Everything comes from the random source given, so one
 * seed gives one handler.
 */
final class SpecSampler {
    static final List<String> TRIPLES_32 = List.of("i386-unknown-none", "i686-unknown-linux-gnu", "i686-pc-windows-msvc-elf");
    static final List<String> TRIPLES_64 = List.of("x86_64-unknown-none", "x86_64-unknown-linux-gnu");
    static final List<String> FEATURES = List.of("", "-sse", "+sse2", "+avx", "+avx2", "+avx512f");
    private static final List<String> CLOBBERS_32 = List.of("ebx", "esi", "edi", "ecx", "xmm0", "xmm7", "st", "mm0");
    private static final List<String> CLOBBERS_64 = List.of("rbx", "r12", "r15", "rcx", "xmm0", "xmm15", "st", "mm0");

    private SpecSampler() {}

    static Target target(SplittableRandom r) {
        boolean wide = r.nextBoolean();
        String triple = pick(r, wide ? TRIPLES_64 : TRIPLES_32);
        return new Target(triple, "", pick(r, FEATURES), r.nextInt(4), null, null);
    }

    /**
     * A handler's spec. With {@code no-realign-stack}, no local is aligned above the target's stack
     * alignment: LLVM then clamps such an alloca to the stack alignment on purpose
     * ({@code MachineFrameInfo::clampStackAlignment}) while the IR's accesses still claim the larger
     * alignment, so a misaligned {@code vmovaps} would be what the handler asked for, not a finding
     * (docs/explore.md, "no-realign-stack"). Drawn after everything else, so other handlers keep their bytes.
     */
    static HandlerSpec spec(SplittableRandom r, String name, Target target) {
        int parameters = 1 + r.nextInt(2);
        FrameType frame = r.nextInt(4) == 0 ? pick(r, List.of(FrameType.values())) : FrameType.WORDS;
        List<BodyFeature> body = new ArrayList<>();
        int features = r.nextInt(5);
        for (int i = 0; i < features; i++) {
            BodyFeature f = feature(r, target, parameters, frame);
            if (f != null && !body.contains(f)) {
                body.add(f);
            }
        }
        Map<HandlerAttribute, String> attributes = attributes(r);
        if (attributes.containsKey(HandlerAttribute.NO_REALIGN_STACK)) {
            int stackAlign = TargetFacts.defaultCalleeStackAlign(target.triple());
            body.replaceAll(f -> f instanceof BodyFeature.VectorLocal v && v.align() > stackAlign
                    ? new BodyFeature.VectorLocal(v.bits(), stackAlign) : f);
        }
        return new HandlerSpec(name, target, parameters, frame, 0, body, attributes);
    }

    /** One body feature this prototype can carry, or null when the one drawn needs another prototype. */
    private static BodyFeature feature(SplittableRandom r, Target target, int parameters, FrameType frame) {
        return switch (r.nextInt(12)) {
            case 0 -> new BodyFeature.CallExternal("ext");
            case 1 -> new BodyFeature.VectorLocal(pick(r, List.of(64, 128, 256, 512)), pick(r, List.of(4, 8, 16, 32, 64)));
            case 2 -> new BodyFeature.ByteArrayLocal(pick(r, List.of(16, 4096, 8192)));
            case 3 -> new BodyFeature.X87Arithmetic();
            case 4 -> new BodyFeature.FloatArithmetic();
            case 5 -> new BodyFeature.I64Division();
            case 6 -> new BodyFeature.I64DoubleConversion();
            case 7 -> new BodyFeature.MmxUse();
            case 8 -> new BodyFeature.AsmClobbers(List.of(pick(r, target.wordBits() == 64 ? CLOBBERS_64 : CLOBBERS_32)));
            case 9 -> frame == FrameType.WORDS ? new BodyFeature.FrameIpWrite(r.nextBoolean(), 1 + r.nextInt(4)) : null;
            case 10 -> new BodyFeature.RegisterPressure(pick(r, List.of(8, 16, 32)));
            default -> parameters == 2 ? new BodyFeature.ErrorCodeRead() : null;
        };
    }

    private static Map<HandlerAttribute, String> attributes(SplittableRandom r) {
        Map<HandlerAttribute, String> out = new EnumMap<>(HandlerAttribute.class);
        for (HandlerAttribute a : HandlerAttribute.values()) {
            if (r.nextInt(5) == 0) {
                out.put(a, value(r, a));
            }
        }
        return out;
    }

    static String value(SplittableRandom r, HandlerAttribute a) {
        return switch (a) {
            case ALIGNSTACK -> pick(r, List.of("4", "8", "16", "32"));
            case FRAME_POINTER -> pick(r, List.of("none", "non-leaf", "all"));
            case PROBE_STACK -> "inline-asm";
            default -> "";
        };
    }

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
