package org.iretlab.analysis;

import java.util.Set;
import java.util.regex.Pattern;
import org.iretlab.decode.DecodedInstruction;

/**
 * What the analyser knows about each mnemonic LLVM prints in AT&T syntax. Anything not listed here
 * is {@link Kind#UNKNOWN}: the analyser fails closed on it.
 */
public final class Semantics {

    /**
     * The instruction classes the interpreter models. {@code TABLE_JUMP} is never classified from the
     * text: it is an indirect jmp whose switch table the decoder read (its case targets are known).
     */
    public enum Kind {
        NOP, MOVE, LEA, PUSH, POP, LEAVE, PUSHF, POPF, ALU, COMPARE, IMPLICIT_RAX_RDX, XCHG, ATOMIC,
        CALL, RET, IRET, JMP, TABLE_JUMP, JCC, TRAP, CLD, STD, FLAGS_ONLY, STRING, PORT_IN, PORT_OUT,
        SYSTEM, DESCRIPTOR_STORE, FAR_POINTER_LOAD, SWAPGS, SEGMENT_BASE_READ, SEGMENT_BASE_WRITE, MSR_WRITE,
        VECTOR_MOVE, VECTOR_OP, VECTOR_FP_OP, VECTOR_TO_GPR, VZEROUPPER, MASK_MOVE,
        X87, X87_CONTROL, MMX, FP_SAVE, FP_RESTORE, MXCSR_SAVE, MXCSR_LOAD, UNKNOWN
    }

    private static final Set<String> NOPS = Set.of("nop", "nopw", "nopl", "nopq", "endbr32", "endbr64", "pause");
    private static final Pattern MOVES = Pattern.compile(
            "mov[bwlq]|movabsq|movnti[lq]|movz(bw|bl|bq|wl|wq)|movs(bw|bl|bq|wl|wq|lq)|movsbw");
    private static final Pattern LEAS = Pattern.compile("lea[wlq]");
    private static final Pattern ALU = Pattern.compile(
            "(add|sub|and|or|xor|adc|sbb|shl|shr|sar|sal|rol|ror|rcl|rcr|neg|not|inc|dec|shld|shrd|bts|btr|btc|bsf|bsr"
                    + "|tzcnt|lzcnt|popcnt|andn|blsr|blsi|bzhi|shlx|shrx|sarx|rorx)[bwlq]|imul[wlq]|bswap[lq]"
                    + "|set[a-z]+|cmov[a-z]+");
    /** Instructions that read their operands and set only arithmetic flags (which iret restores); sahf reads AH. */
    private static final Pattern COMPARES = Pattern.compile("(cmp|test|bt)[bwlq]|sahf");
    private static final Pattern IMPLICIT_RAX_RDX = Pattern.compile(
            "(mul|imul|div|idiv)[bwlq]|cltd|cqto|cltq|cwtl|cwtd|cbtw|rdtscp?|rdmsr|rdpmc|cpuid");
    /** Locked read-modify-writes that also load the old value into a register. */
    private static final Pattern ATOMICS = Pattern.compile("cmpxchg[bwlq]|cmpxchg8b|cmpxchg16b|xadd[bwlq]");
    static final Pattern STRINGS = Pattern.compile("(movs|stos|lods|scas|cmps|ins|outs)([bwlq])");
    /**
     * System instructions whose effect is outside what the interrupted code sees in its registers
     * and stack (control, debug and descriptor-table registers, caches, TLB, halting until the next
     * interrupt). Moves to and from CR/DR are MOVEs.
     */
    private static final Pattern SYSTEM = Pattern.compile(
            "hlt|clts|wbinvd|invd|invlpg|invpcid|lgdt[lqw]?|lidt[lqw]?|lldt[wlq]?|ltr[wlq]?|lmsw[wlq]?|wbnoinvd|monitor|mwait");
    /** Reads of descriptor-table and machine-status registers into a register or memory. */
    private static final Pattern DESCRIPTOR_STORES = Pattern.compile("sgdt[lqw]?|sidt[lqw]?|sldt[wlq]?|str[wlq]?|smsw[wlq]?");
    /** lds/les/lfs/lgs/lss: a far pointer into a segment register and a general-purpose register. */
    static final Pattern FAR_POINTER_LOADS = Pattern.compile("l([defgs])s[wlq]");
    private static final Pattern CALLS = Pattern.compile("call[lqw]?");
    private static final Pattern RETS = Pattern.compile("ret[lqw]?");
    private static final Pattern IRETS = Pattern.compile("iret[lqw]?|uiret");
    private static final Pattern JMPS = Pattern.compile("jmp[lqw]?");
    private static final Pattern JCCS = Pattern.compile("j(a|ae|b|be|c|e|g|ge|l|le|na|nae|nb|nbe|nc|ne|ng|nge|nl|nle|no|np|ns|nz|o|p|pe|po|s|z|ecxz|rcxz|cxz)|loop|loope|loopne");
    /** Instructions that change only flags that iret restores (IF, AC), or nothing the analysis tracks. */
    private static final Set<String> FLAGS_ONLY = Set.of("cli", "sti", "clc", "stc", "cmc", "clac", "stac", "lfence", "sfence", "mfence");

    /** Data moves between vector registers and memory: the destination gets the source's lanes. */
    private static final Pattern VECTOR_MOVES = Pattern.compile(
            "v?mov(aps|ups|apd|upd|dqa|dqu|ntps|ntpd|ntdq)|vmov(dqa32|dqa64|dqu8|dqu16|dqu32|dqu64)");
    /** Vector instructions that do not touch MXCSR (integer, logic, shuffles, partial moves; AVX-512 mask logic and shifts). */
    private static final Pattern VECTOR_OPS = Pattern.compile(
            "v?p(xor[dq]?|or[dq]?|and[dq]?|andn[dq]?|add[bwdq]|adds[bw]|addus[bw]|sub[bwdq]|subs[bw]|subus[bw]|cmpeq[bwdq]"
                    + "|cmpgt[bwdq]|mull[wdq]|mulh[u]?w|mulu?dq|shuf[db]|shufhw|shuflw|unpck[lh](bw|wd|dq|qdq)"
                    + "|s(ll|rl|ra)[wdq]|s(ll|rl)dq|min[us][bwdq]|max[us][bwdq]|avg[bw]|insr[bwdq]|alignr|blendw|blendvb"
                    + "|ternlog[dq]|broadcast[bwdq]|broadcastmb2q|mov(zx|sx)[bwd][wdq]|mov[dq][bwd]|ermq|ermd|ermilps|ermilpd"
                    + "|extr[bwdq]|test|movmskb|cmp[dq]|cmpu?[bwdq]|andnd)"
                    + "|v?(xor|and|andn|or)p[sd]|v?unpck[lh]p[sd]|v?shufp[sd]|v?blendp[sd]|v?blendvp[sd]|v?movhlps|v?movlhps"
                    + "|v?mov[lh]p[sd]|v?movs[sd]|v?mov[dq]|vbroadcasts[sd]|vbroadcast[fi](128|32x2|32x4|64x2|32x8|64x4)|vinsert[fi](128|32x4|64x4|64x2|32x8)"
                    + "|vextract[fi](128|32x4|64x4|64x2|32x8)|vperm(2f128|2i128|ilps|ilpd|q|d|ps|pd|t2[dq]|i2[dq])|v?insertps"
                    + "|v?extractps|v?pshufb|v?palignr|valign[dq]|vpcompress[dq]|vpexpand[dq]|v?lddqu|v?movddup|v?movs[lh]dup"
                    + "|k(and|andn|or|xor|xnor|not|add)[bwdq]|kshift[lr][bwdq]|kunpck(bw|wd|dq)");
    /** Floating-point vector instructions: they set MXCSR status flags and use its rounding mode. */
    private static final Pattern VECTOR_FP_OPS = Pattern.compile(
            "v?(add|sub|mul|div|min|max|sqrt|rcp|rsqrt|cmp[a-z]*|round|hadd|hsub|addsub|dp)(ss|sd|ps|pd)"
                    + "|v?u?comis[sd]|v?cvt[a-z0-9]+|vf(n?m(add|sub)(132|213|231)(ss|sd|ps|pd)|maddsub(132|213|231)p[sd])"
                    + "|vfmsubadd(132|213|231)p[sd]|v?getexp(ss|sd|ps|pd)|vrndscale(ss|sd|ps|pd)|vrcp14(ss|sd|ps|pd)"
                    + "|vrsqrt14(ss|sd|ps|pd)|vscalef(ss|sd|ps|pd)|vreduce(ss|sd|ps|pd)|vrange(ss|sd|ps|pd)");
    /**
     * Compares with an always-true or always-false predicate: LLVM's way to make all-ones (after
     * zeroing the register), no floating-point computation and no exception on a zero input.
     */
    private static final Pattern ALL_ONES_IDIOM = Pattern.compile("v?cmp(true|false)(_u[qs]|_o[qs])?p[sd]");
    private static final Pattern VECTOR_TO_GPR = Pattern.compile("v?movmskp[sd]|v?pmovmskb|v?ptest|vtestp[sd]|kortest[bwdq]|ktest[bwdq]");
    private static final Pattern MASK_MOVES = Pattern.compile("kmov[bwdq]");
    private static final Set<String> FP_SAVES = Set.of("fxsave", "fxsave64", "fnsave", "fsave", "xsave", "xsave64",
            "xsaveopt", "xsaveopt64", "xsavec", "xsavec64", "xsaves", "xsaves64");
    private static final Set<String> FP_RESTORES = Set.of("fxrstor", "fxrstor64", "frstor", "xrstor", "xrstor64",
            "xrstors", "xrstors64");
    private static final Set<String> X87_CONTROL = Set.of("fninit", "finit", "fldcw", "fnstcw", "fstcw", "fnclex", "fclex");
    private static final Pattern X87 = Pattern.compile("f[a-z0-9]+");

    private Semantics() {}

    public static Kind classify(ParsedInstruction i) {
        String m = i.mnemonic();
        if (i.operands().stream().anyMatch(o -> o instanceof Operand.Reg r && r.register().kind() == Register.Kind.MMX)
                || m.equals("emms") || m.equals("femms")) {
            return Kind.MMX;
        }
        if (NOPS.contains(m)) {
            return Kind.NOP;
        }
        if (MOVES.matcher(m).matches()) {
            return touchesVector(i) ? Kind.VECTOR_OP : Kind.MOVE;
        }
        if (LEAS.matcher(m).matches()) {
            return Kind.LEA;
        }
        if (m.matches("push[wlq]?")) {
            return Kind.PUSH;
        }
        if (m.matches("leave[wlq]?")) {
            return Kind.LEAVE;
        }
        if (m.matches("pop[wlq]?")) {
            return Kind.POP;
        }
        if (m.matches("pushf[wlq]?")) {
            return Kind.PUSHF;
        }
        if (m.matches("popf[wlq]?")) {
            return Kind.POPF;
        }
        if (m.matches("xchg[bwlq]")) {
            return Kind.XCHG;
        }
        if (COMPARES.matcher(m).matches()) {
            return Kind.COMPARE;
        }
        if (IMPLICIT_RAX_RDX.matcher(m).matches() && !(m.startsWith("imul") && i.operands().size() > 1)) {
            return Kind.IMPLICIT_RAX_RDX;
        }
        if (ATOMICS.matcher(m).matches()) {
            return Kind.ATOMIC;
        }
        if (ALU.matcher(m).matches()) {
            return Kind.ALU;
        }
        if (CALLS.matcher(m).matches()) {
            return Kind.CALL;
        }
        if (IRETS.matcher(m).matches()) {
            return Kind.IRET;
        }
        if (RETS.matcher(m).matches()) {
            return Kind.RET;
        }
        if (JMPS.matcher(m).matches()) {
            return Kind.JMP;
        }
        if (JCCS.matcher(m).matches()) {
            return Kind.JCC;
        }
        if (DecodedInstruction.TRAPS.contains(m)) {
            return Kind.TRAP;
        }
        if (m.equals("cld")) {
            return Kind.CLD;
        }
        if (m.equals("std")) {
            return Kind.STD;
        }
        if (FLAGS_ONLY.contains(m)) {
            return Kind.FLAGS_ONLY;
        }
        if (STRINGS.matcher(m).matches()) {
            return Kind.STRING;
        }
        if (m.matches("in[bwl]")) {
            return Kind.PORT_IN;
        }
        if (m.matches("out[bwl]")) {
            return Kind.PORT_OUT;
        }
        if (SYSTEM.matcher(m).matches()) {
            return Kind.SYSTEM;
        }
        if (DESCRIPTOR_STORES.matcher(m).matches()) {
            return Kind.DESCRIPTOR_STORE;
        }
        if (FAR_POINTER_LOADS.matcher(m).matches()) {
            return Kind.FAR_POINTER_LOAD;
        }
        if (m.equals("swapgs")) {
            return Kind.SWAPGS;
        }
        if (m.matches("rd[fg]sbase[lq]?")) {
            return Kind.SEGMENT_BASE_READ;
        }
        if (m.matches("wr[fg]sbase[lq]?")) {
            return Kind.SEGMENT_BASE_WRITE;
        }
        if (m.equals("wrmsr")) {
            return Kind.MSR_WRITE;
        }
        if (m.equals("vzeroupper") || m.equals("vzeroall")) {
            return Kind.VZEROUPPER;
        }
        if (VECTOR_MOVES.matcher(m).matches()) {
            return Kind.VECTOR_MOVE;
        }
        if (ALL_ONES_IDIOM.matcher(m).matches()) {
            return Kind.VECTOR_OP;
        }
        if (VECTOR_FP_OPS.matcher(m).matches()) {
            return Kind.VECTOR_FP_OP;
        }
        if (VECTOR_TO_GPR.matcher(m).matches()) {
            return Kind.VECTOR_TO_GPR;
        }
        if (VECTOR_OPS.matcher(m).matches()) {
            return Kind.VECTOR_OP;
        }
        if (MASK_MOVES.matcher(m).matches()) {
            return Kind.MASK_MOVE;
        }
        if (m.equals("stmxcsr") || m.equals("vstmxcsr")) {
            return Kind.MXCSR_SAVE;
        }
        if (m.equals("ldmxcsr") || m.equals("vldmxcsr")) {
            return Kind.MXCSR_LOAD;
        }
        if (FP_SAVES.contains(m)) {
            return Kind.FP_SAVE;
        }
        if (FP_RESTORES.contains(m)) {
            return Kind.FP_RESTORE;
        }
        if (X87_CONTROL.contains(m)) {
            return Kind.X87_CONTROL;
        }
        if (X87.matcher(m).matches()) {
            return Kind.X87;
        }
        return Kind.UNKNOWN;
    }

    /** Mnemonics whose operand is a code address rather than data. */
    static boolean isBranchMnemonic(String m) {
        return CALLS.matcher(m).matches() || JMPS.matcher(m).matches() || JCCS.matcher(m).matches();
    }

    private static boolean touchesVector(ParsedInstruction i) {
        return i.operands().stream().anyMatch(o -> o instanceof Operand.Reg r && r.register().kind() == Register.Kind.VECTOR);
    }

    /**
     * The alignment a memory operand of this instruction must have, in bytes, or 1. Aligned moves
     * and legacy-SSE packed operations on 128-bit memory need their width; fxsave needs 16 and xsave 64.
     */
    public static int requiredAlignment(ParsedInstruction i, Kind kind) {
        String m = i.mnemonic();
        if (m.startsWith("fxsave") || m.startsWith("fxrstor")) {
            return 16;
        }
        if (m.startsWith("xsave") || m.startsWith("xrstor")) {
            return 64;
        }
        if (m.matches("v?mov(aps|apd|dqa|ntps|ntpd|ntdq)|vmovdqa(32|64)")) {
            return vectorWidthBytes(i);
        }
        boolean legacySse = !m.startsWith("v") && (kind == Kind.VECTOR_OP || kind == Kind.VECTOR_FP_OP);
        boolean packed = !m.matches(".*(ss|sd)$") && !m.matches("mov[dq]|movs[sd]|mov[lh]p[sd]|pinsr[bwdq]|pextr[bwdq]|lddqu|movddup|cvt.*")
                && !m.matches("u?comis[sd]");
        if (legacySse && packed && !i.memoryOperands().isEmpty()) {
            return 16;
        }
        return 1;
    }

    /** The width of the widest vector register operand, in bytes (16 when there is none). */
    static int vectorWidthBytes(ParsedInstruction i) {
        int bits = 128;
        for (Operand o : i.operands()) {
            if (o instanceof Operand.Reg r && r.register().kind() == Register.Kind.VECTOR) {
                bits = Math.max(bits, r.register().bits());
            }
        }
        return bits / 8;
    }

    /** x87 instructions that compute (and so use the control word's rounding and precision). */
    static boolean x87Computes(String m) {
        return m.matches("f(add|sub|subr|mul|div|divr|sqrt|scale|prem|prem1|rndint|sin|cos|sincos|ptan|patan|2xm1|yl2x|yl2xp1|ist|istp|isttp)[a-z]*|fi(add|sub|subr|mul|div|divr)[a-z]*");
    }
}
