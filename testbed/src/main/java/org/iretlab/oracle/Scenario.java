package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * One interrupt delivered to the handler under test: where the interrupted stack pointer sits, and
 * what FP state and flags the interrupted code has. Every register class is filled with patterns;
 * {@code fpMode} decides whether the x87 registers hold a full x87 stack or eight MMX values (they
 * are the same registers).
 *
 * @param misalign bytes subtracted from a 64-aligned interrupted ESP: 0, 20, 40 or 60 ({@link #MISALIGNMENTS})
 * @param fcw the interrupted code's x87 control word
 * @param mxcsr the interrupted code's MXCSR
 * @param eflags the interrupted code's EFLAGS (DF set, IF set, arithmetic flags set)
 * @param seed varies the GPR patterns per scenario
 */
public record Scenario(int index, int misalign, FpMode fpMode, int fcw, int mxcsr, int eflags, int seed, boolean taskSwitched,
        boolean fromRing3, boolean stepped) {

    public enum FpMode { X87, MMX }

    /**
     * The interrupted ESP's distances below a 64-aligned address: each residue mod 16 once (SP mod
     * 16 = 0, 12, 8, 4), and spread mod 64 (0, 44, 24, 4) so that whatever a handler pushes before
     * realigning to 16, some scenario lands its frame on each half of a 32-byte line and off a
     * 64-byte one. With 0, 4, 8 and 12 every scenario sat in one 16-byte quarter of the same 64:
     * a handler that pushed two registers and realigned to 16 where its locals needed 32 ran its
     * vmovaps aligned in all four (explore's second one-hour run, explore_001188: static and QEMU
     * disagreed).
     */
    static final int[] MISALIGNMENTS = {0, 20, 40, 60};

    static final int DEFAULT_FCW = 0x037F;
    static final int DEFAULT_MXCSR = 0x1F80;
    /** Round toward zero in both units, all exceptions masked: what a numeric library may leave. */
    static final int OTHER_FCW = 0x0C7F;
    static final int OTHER_MXCSR = 0x7F80;
    /** DF, IF, OF, SF, ZF, CF and the always-one bit. */
    static final int EFLAGS = 0x0400 | 0x0200 | 0x0800 | 0x0080 | 0x0040 | 0x0001 | 0x0002;

    /**
     * Each entry misalignment x {x87 stack, MMX} x {default, non-default FP environment}, then one
     * with CR0.TS=1 (as an OS that switches FP state lazily leaves it): there, the handler's first FP
     * instruction raises #NM, which is reported as what happens, not as a finding; one entered from
     * ring 3; and on 64-bit one single-stepped to catch writes below RSP.
     */
    public static List<Scenario> standard(boolean is64) {
        List<Scenario> out = new ArrayList<>();
        for (int misalign : MISALIGNMENTS) {
            for (FpMode mode : FpMode.values()) {
                for (boolean other : new boolean[] {false, true}) {
                    int i = out.size();
                    out.add(new Scenario(i, misalign, mode, other ? OTHER_FCW : DEFAULT_FCW,
                            other ? OTHER_MXCSR : DEFAULT_MXCSR, EFLAGS, 0x00001000 * (i + 1), false, false, false));
                }
            }
        }
        out.add(new Scenario(out.size(), 0, FpMode.X87, DEFAULT_FCW, DEFAULT_MXCSR, EFLAGS, 0x00001000 * (out.size() + 1), true,
                false, false));
        // Entered from ring 3: on 32-bit the only entry where the CPU pushes the frame's ESP and SS words
        // (TSS.ESP0 gets the misalignment); long mode pushes them always, and aligns RSP0 itself.
        out.add(new Scenario(out.size(), MISALIGNMENTS[1], FpMode.X87, DEFAULT_FCW, DEFAULT_MXCSR, EFLAGS,
                0x00001000 * (out.size() + 1), false, true, false));
        if (is64) {
            // Single-stepped, with the #DB catcher on its own stack: any write below RSP is seen.
            out.add(new Scenario(out.size(), 0, FpMode.X87, DEFAULT_FCW, DEFAULT_MXCSR, EFLAGS, 0x00001000 * (out.size() + 1),
                    false, false, true));
        }
        return out;
    }

    /**
     * A first look for explore's many handlers: one scenario per entry misalignment, alternating x87
     * and MMX and the default and other FP environment (each register class and each misalignment
     * seen once), and on 64-bit the single-stepped one (writes below RSP). What only CR0.TS=1 or a
     * ring-3 entry shows is left to the standard set, which explore runs on every handler that shows
     * anything here or statically.
     */
    public static List<Scenario> quick(boolean is64) {
        return standard(is64).stream().filter(s -> s.stepped || !s.taskSwitched && !s.fromRing3
                && (s.fpMode == FpMode.MMX) == (s.misalign % 8 == 4)
                && (s.fcw == OTHER_FCW) == (s.misalign % 16 == 4 || s.misalign % 16 == 8)).toList();
    }

    /** How a report names the scenario. */
    public String describe() {
        if (taskSwitched) {
            return "CR0.TS=1";
        }
        if (fromRing3) {
            return "from ring 3";
        }
        if (stepped) {
            return "single-stepped";
        }
        return "SP mod 16 = " + Math.floorMod(-misalign, 16) + ", " + (fpMode == FpMode.X87 ? "x87 stack full" : "MMX in use")
                + (fcw == DEFAULT_FCW && mxcsr == DEFAULT_MXCSR ? "" : String.format(", FCW %04x MXCSR %04x", fcw, mxcsr));
    }
}
