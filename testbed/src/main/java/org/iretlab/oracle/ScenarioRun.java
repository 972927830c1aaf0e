package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the kernel reported for one scenario: register words and FXSAVE images before the
 * interrupt and after the handler's iret, the ymm registers' upper halves (null without AVX), the handler's calls to stand-ins and
 * entries into its in-module callees, words of the interrupted
 * stack that changed, or the fault that ended it, or where it stopped when the handler did not return.
 */
record ScenarioRun(int index, long[] before, long[] after, byte[] fxBefore, byte[] fxAfter, byte[] ymmBefore, byte[] ymmAfter,
        List<Call> calls, List<Entered> entries,
        List<long[]> memory, Fault fault, Long probe, BelowSp belowSp, IpAdvance ipAdvance, Stop stop, boolean astray,
        boolean ended) {

    /**
     * A scenario the handler did not return from: the watchdog gave it up ({@code HANG}: where the CPU
     * was, the instruction after a hlt or one of a loop, and SP then), or the handler called a stand-in
     * of a function that does not return ({@code NORETURN}: the stand-in's address, and where its call
     * returns to).
     */
    record Stop(Kind kind, long at, long word) {
        enum Kind { HANG, NORETURN }
    }

    /**
     * Where the handler's iret went: bytes past the start of the instruction that entered it ({@code int $0x40}, or
     * the load that raised #NP), that instruction's length, and how many one-byte landing pads follow it (after
     * {@code int}; none after the load, which is retried at 0 and followed by a spin).
     */
    record IpAdvance(long bytes, long triggerLength, long pads) {
        /** What the handler added to its saved IP: after {@code int} the IP in its frame is already past it. */
        long moved() {
            return pads == 0 ? bytes : bytes - triggerLength;
        }

        /** The iret went to one of the landing pads (or just past them), from where nothing compared changes. */
        boolean onPads() {
            return pads > 0 && bytes >= triggerLength && bytes <= triggerLength + pads;
        }
    }

    /** A write below the stack pointer seen while single-stepping: where, what, by which instruction, RSP then. */
    record BelowSp(long address, long value, long rip, long rsp) {}

    /** A call the handler made: ESP and EFLAGS at the stand-in's entry, first argument, return address. */
    record Call(long esp, long eflags, long arg0, long returnAddress) {}

    /** An in-module callee entered (a breakpoint at its first instruction): SP there, the return address, the callee's address. */
    record Entered(long sp, long returnAddress, long callee) {}

    /** A fault the harness caught: vector, error code, the faulting instruction's address, ESP then. */
    record Fault(int vector, long code, long eip, long esp) {}

    /**
     * Reads the kernel's output; scenarios appear in the order they ran (the last may be unfinished).
     * A scenario whose report is garbled (a line that does not parse, or a second report) had its
     * code run astray after the handler's iret, through the harness with the timer still armed: it
     * ends there, {@code astray}, and what the boot printed after it is not trusted (those scenarios
     * run again in another boot). So does one that ends without saying how: no fault, no stop, and not
     * the state before and after (the code ran into the harness's end of a scenario).
     */
    static Map<Integer, ScenarioRun> parse(String output) {
        Map<Integer, ScenarioRun> runs = new LinkedHashMap<>();
        Builder b = null;
        for (String line : output.split("\n")) {
            String[] w = line.strip().split(" ");
            if (w.length == 0 || w[0].isEmpty()) {
                continue;
            }
            if (b != null && !read(b, w)) {
                runs.put(b.index, b.astray());
                break;
            }
            if (w[0].equals("S")) {
                b = new Builder(hex(w[1]));
                runs.put(b.index, b.build(false));
            } else if (w[0].equals("E") && b != null) {
                if (!b.told()) {
                    runs.put(b.index, b.astray());
                    break;
                }
                runs.put(b.index, b.build(true));
            }
        }
        return runs;
    }

    /** One report line into the scenario's builder; false when it is garbled or repeats what was reported. */
    private static boolean read(Builder b, String[] w) {
        try {
            switch (w[0]) {
                case "B" -> b.before = once(b.before, words(w));
                case "A" -> b.after = once(b.after, words(w));
                case "XB" -> b.fxBefore = once(b.fxBefore, HexFormat.of().parseHex(w[1]));
                case "XA" -> b.fxAfter = once(b.fxAfter, HexFormat.of().parseHex(w[1]));
                case "YB" -> b.ymmBefore = once(b.ymmBefore, HexFormat.of().parseHex(w[1]));
                case "YA" -> b.ymmAfter = once(b.ymmAfter, HexFormat.of().parseHex(w[1]));
                case "c" -> b.calls.add(new Call(hexL(w[1]), hexL(w[2]), hexL(w[3]), hexL(w[4])));
                case "k" -> b.entries.add(new Entered(hexL(w[1]), hexL(w[2]), hexL(w[3])));
                case "M" -> b.memory.add(new long[] {hexL(w[1]), hexL(w[2])});
                case "F" -> b.fault = new Fault(hex(w[1]), hexL(w[2]), hexL(w[3]), hexL(w[4]));
                case "P" -> b.probe = hexL(w[1]);
                case "I" -> b.ipAdvance = new IpAdvance(hexL(w[1]), hexL(w[2]), hexL(w[3]));
                case "W" -> b.belowSp = new BelowSp(hexL(w[1]), hexL(w[2]), hexL(w[3]), hexL(w[4]));
                case "H" -> b.stop = once(b.stop, new Stop(Stop.Kind.HANG, hexL(w[1]), hexL(w[2])));
                case "N" -> b.stop = once(b.stop, new Stop(Stop.Kind.NORETURN, hexL(w[1]), hexL(w[2])));
                default -> {
                    // S and E (the caller's), the boot banner, the error code slot, call counts, DONE: nothing to keep.
                }
            }
            return true;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** A value reported a second time in one scenario: the report was run again from where it should not have been. */
    private static <T> T once(T already, T value) {
        if (already != null) {
            throw new IllegalArgumentException("reported twice");
        }
        return value;
    }

    private static long[] words(String[] w) {
        long[] out = new long[w.length - 1];
        for (int i = 1; i < w.length; i++) {
            out[i - 1] = hexL(w[i]);
        }
        return out;
    }

    private static int hex(String s) {
        return (int) Long.parseLong(s, 16);
    }

    private static long hexL(String s) {
        return Long.parseUnsignedLong(s, 16);
    }

    private static final class Builder {
        final int index;
        long[] before;
        long[] after;
        byte[] fxBefore;
        byte[] fxAfter;
        byte[] ymmBefore;
        byte[] ymmAfter;
        final List<Call> calls = new ArrayList<>();
        final List<Entered> entries = new ArrayList<>();
        final List<long[]> memory = new ArrayList<>();
        Fault fault;
        Long probe;
        BelowSp belowSp;
        IpAdvance ipAdvance;
        Stop stop;

        Builder(int index) {
            this.index = index;
        }

        /** The report says how the scenario ended: a fault, a stop, or the state before and after the iret. */
        boolean told() {
            return fault != null || stop != null || before != null && after != null;
        }

        ScenarioRun build(boolean ended) {
            return new ScenarioRun(index, before, after, fxBefore, fxAfter, ymmBefore, ymmAfter, List.copyOf(calls), List.copyOf(entries),
                    List.copyOf(memory), fault, probe, belowSp, ipAdvance, stop, false, ended);
        }

        /** Ended, with only what can be told: that the code did not come back where it should have. */
        ScenarioRun astray() {
            return new ScenarioRun(index, null, null, null, null, null, null, List.copyOf(calls), List.copyOf(entries), List.of(), null, null, null,
                    null, null, true, true);
        }
    }
}
