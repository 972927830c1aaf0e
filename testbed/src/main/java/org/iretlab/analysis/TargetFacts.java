package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.llvm.OverAlignedArguments;
import org.iretlab.target.Triples;

/**
 * What the analyser assumes about the machine and the code around the handler (design.md, "Target
 * facts and models"); every fact has a default and can be overridden.
 *
 * @param errorCode the vector pushes an error code (the handler takes two parameters)
 * @param calleeStackAlign the SP alignment a callee may assume at a call
 * @param callees what the user and the IR say of the functions the handler calls
 * @param registerFile the register state the machine has, whatever the handler's own features
 * @param overAligned the handler's calls that pass a local aligned above 16 as their first argument (from its IR)
 */
public record TargetFacts(String triple, boolean errorCode, int calleeStackAlign, CalleeFacts callees,
        Set<RegisterFile> registerFile, List<OverAlignedArguments.Argument> overAligned) {

    /** The architectural register state a machine may have. */
    public enum RegisterFile {
        X87("x87"), SSE("sse"), AVX("avx"), AVX512("avx512");

        public final String id;

        RegisterFile(String id) {
            this.id = id;
        }

        public static RegisterFile byId(String id) {
            for (RegisterFile r : values()) {
                if (r.id.equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown register state '" + id + "': use x87, sse, avx or avx512");
        }
    }

    public TargetFacts {
        callees = callees.onTarget(triple);
        registerFile = registerFile.isEmpty() ? EnumSet.noneOf(RegisterFile.class) : EnumSet.copyOf(registerFile);
    }

    /**
     * The defaults: the callee alignment LLVM's X86 subtarget uses (16 on Linux, Darwin, kFreeBSD and
     * all 64-bit targets, else 4), the ABI model for callees nothing is known of, and the register state the handler's own
     * target features imply (x87 always; SSE on 64-bit or when enabled; AVX; AVX-512).
     */
    public static TargetFacts defaults(String triple, String cpuFeatures, boolean errorCode) {
        return new TargetFacts(triple, errorCode, defaultCalleeStackAlign(triple), CalleeFacts.defaults(),
                defaultRegisterFile(triple, cpuFeatures), List.of());
    }

    public static int defaultCalleeStackAlign(String triple) {
        String t = triple.toLowerCase();
        boolean sixteen = Triples.is64Bit(t) || t.contains("linux") || t.contains("darwin") || t.contains("macos")
                || t.contains("ios") || t.contains("kfreebsd");
        return sixteen ? 16 : 4;
    }

    static Set<RegisterFile> defaultRegisterFile(String triple, String features) {
        String f = features == null ? "" : features;
        Set<RegisterFile> out = EnumSet.of(RegisterFile.X87);
        boolean sseOff = f.contains("-sse,") || f.endsWith("-sse") || f.contains("-sse2") || f.contains("+soft-float");
        if (!sseOff && (Triples.is64Bit(triple) || f.contains("+sse") || f.contains("+avx"))) {
            out.add(RegisterFile.SSE);
        }
        if (f.contains("+avx") && !sseOff) {
            out.add(RegisterFile.AVX);
        }
        if (f.contains("+avx512")) {
            out.add(RegisterFile.AVX512);
        }
        return out;
    }

    public boolean is64Bit() {
        return Triples.is64Bit(triple);
    }

    public int wordBytes() {
        return is64Bit() ? 8 : 4;
    }

    /** Windows x64 callees preserve rsi, rdi and xmm6-15. */
    boolean windows64() {
        return is64Bit() && triple.contains("windows");
    }

    /** The general-purpose register families the interrupted code owns (all but SP). */
    List<String> gprFamilies() {
        List<String> legacy = List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp");
        if (!is64Bit()) {
            return legacy;
        }
        List<String> all = new ArrayList<>(legacy);
        for (int n = 8; n < 16; n++) {
            all.add("r" + n);
        }
        return all;
    }

    /**
     * The segment state the interrupted code owns and iret does not restore: the data segment
     * selectors (SS too on 32-bit; iretq reloads it), and on x86-64 the FS and GS bases and the
     * kernel GS base that swapgs exchanges with GS's.
     */
    List<String> segmentState() {
        return is64Bit() ? List.of("ds", "es", "fs", "gs", "fsbase", "gsbase", "kgsbase") : List.of("ds", "es", "fs", "gs", "ss");
    }

    /** How many vector registers the mode has (8 on 32-bit; 16, or 32 with AVX-512, on 64-bit). */
    int vectorRegisters() {
        if (!is64Bit()) {
            return 8;
        }
        return registerFile.contains(RegisterFile.AVX512) ? 32 : 16;
    }

    /** How many 128-bit lanes of each vector register the machine has. */
    int vectorLanes() {
        if (registerFile.contains(RegisterFile.AVX512)) {
            return 4;
        }
        if (registerFile.contains(RegisterFile.AVX)) {
            return 2;
        }
        return registerFile.contains(RegisterFile.SSE) ? 1 : 0;
    }

    /** The entry SP's known alignment: RSP = 8 mod 16 (0 with an error code) on 64-bit; only 4 on 32-bit. */
    Base entryBase() {
        if (is64Bit()) {
            return Base.entry(16, errorCode ? 0 : 8);
        }
        return Base.entry(4, 0);
    }

    /** Where SP must be at iret: the entry SP plus the error code's slot. */
    long spAtIret() {
        return errorCode ? wordBytes() : 0;
    }

    public TargetFacts withCalleeStackAlign(int align) {
        return new TargetFacts(triple, errorCode, align, callees, registerFile, overAligned);
    }

    public TargetFacts withCallees(CalleeFacts facts) {
        return new TargetFacts(triple, errorCode, calleeStackAlign, facts, registerFile, overAligned);
    }

    public TargetFacts withRegisterFile(Set<RegisterFile> file) {
        return new TargetFacts(triple, errorCode, calleeStackAlign, callees, file, overAligned);
    }

    public TargetFacts withOverAligned(List<OverAlignedArguments.Argument> arguments) {
        return new TargetFacts(triple, errorCode, calleeStackAlign, callees, registerFile, List.copyOf(arguments));
    }

    private static final Pattern XMM = Pattern.compile("%xmm\\d");
    private static final Pattern YMM = Pattern.compile("%ymm\\d");
    private static final Pattern ZMM = Pattern.compile("%zmm\\d|%k[0-7]\\b");

    /**
     * These facts with the vector state the handler's own instructions name added to the register
     * file: the machine ran them, so it has that state, and it is the interrupted code's too. An asm
     * that writes xmm0 in a handler built without SSE (LLVM then saves no xmm register) still
     * clobbers the interrupted code's xmm0, as the oracle's machine shows. Only the handler's own
     * code counts: a kernel built without SSE may hold SSE code elsewhere (inside its own FPU
     * bracket), and taking that for the handler's machine would make every call a vector clobber.
     */
    public TargetFacts withStateUsedBy(DecodedFunction handler) {
        Set<RegisterFile> used = EnumSet.noneOf(RegisterFile.class);
        used.addAll(registerFile);
        for (DecodedInstruction i : handler.instructions()) {
            String t = i.text();
            if (t.indexOf('%') < 0 || !(t.contains("mm") || t.contains("%k"))) {
                continue;
            }
            if (ZMM.matcher(t).find()) {
                used.addAll(EnumSet.of(RegisterFile.SSE, RegisterFile.AVX, RegisterFile.AVX512));
            } else if (YMM.matcher(t).find()) {
                used.addAll(EnumSet.of(RegisterFile.SSE, RegisterFile.AVX));
            } else if (XMM.matcher(t).find()) {
                used.add(RegisterFile.SSE);
            }
        }
        return used.equals(registerFile) ? this : withRegisterFile(used);
    }
}
