package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.llvm.OverAlignedArguments;
import org.iretlab.verdict.FindingKind;

/**
 * Turns one scenario's before/after state into findings: the design's kinds, each with the values
 * that show it. Only differences are reported; what the CPU's iret restores by itself (EFLAGS from
 * the frame) is a finding only when the handler changed the frame.
 */
final class ScenarioJudge {
    /** CF PF AF ZF SF TF IF DF OF, NT, AC: what interrupted code can see change. */
    private static final long FLAGS_COMPARED = 0x0004_4FD5L;
    private static final Map<Integer, String> VECTORS = Map.ofEntries(Map.entry(0, "#DE"), Map.entry(1, "#DB"),
            Map.entry(3, "#BP"), Map.entry(4, "#OF"), Map.entry(5, "#BR"), Map.entry(6, "#UD"), Map.entry(7, "#NM"),
            Map.entry(8, "#DF"), Map.entry(10, "#TS"), Map.entry(11, "#NP"), Map.entry(12, "#SS"), Map.entry(13, "#GP"),
            Map.entry(14, "#PF"), Map.entry(16, "#MF"), Map.entry(17, "#AC"), Map.entry(18, "#MC"), Map.entry(19, "#XM"));

    /** The error code of the #NP the harness raises: the not-present selector 0x28. */
    static final long NP_ERROR_CODE = 0x28;
    /** From ring 3 the harness loads a ring-3 not-present selector, 0x3B: the error code is 0x38. */
    static final long NP_ERROR_CODE_RING3 = 0x38;
    /** In long mode the TSS takes two GDT slots: the ring-3 not-present selector is 0x43, error code 0x40. */
    static final long NP_ERROR_CODE_RING3_64 = 0x40;

    /** One observation: a kind, the instruction it points at (or null), and the evidence. */
    record Observation(FindingKind kind, DecodedInstruction at, String evidence) {}

    private ScenarioJudge() {}

    /**
     * @param overAligned the over-aligned locals the handler passes to callees as their first argument (from its IR), by
     *        the address of the callee's stand-in
     * @param inModule the handler's in-module callees by their linked address: their entry SP is judged as a stand-in's
     */
    static List<Observation> judge(Mode mode, Scenario s, ScenarioRun run, DecodedFunction handler, int calleeStackAlign,
            Map<Long, OverAlignedArguments.Argument> overAligned, Map<Long, String> inModule) {
        List<Observation> out = new ArrayList<>();
        int sp = mode.spIndex();
        int flagsIndex = mode.flagsIndex();
        for (ScenarioRun.Call c : run.calls()) {
            DecodedInstruction call = instructionEndingAt(handler, c.returnAddress()).orElse(null);
            misalignedCall(mode, c.esp(), calleeStackAlign, call, "").ifPresent(out::add);
            if ((c.eflags() & 0x400) != 0) {
                out.add(new Observation(FindingKind.MISSING_CLD, call, "DF was set at the call (the interrupted code's DF)"));
            }
            var local = call == null || call.branchTarget() == null ? null : overAligned.get(call.branchTarget());
            if (local != null && Long.remainderUnsigned(c.arg0(), local.alignment()) != 0) {
                out.add(new Observation(FindingKind.MISALIGNED_STACK_ACCESS, call, String.format(
                        "the local passed to %s was at 0x%x (mod %d = %d): its alloca asks for alignment %d", local.callee(),
                        c.arg0(), local.alignment(), Long.remainderUnsigned(c.arg0(), local.alignment()), local.alignment())));
            }
        }
        for (ScenarioRun.Entered e : run.entries()) {
            if (!inModule.containsKey(e.callee())) {
                // Not a watched entry: code gone astray after a junk iret (a frame RIP the handler overwrote) that the
                // single-stepped scenario's #DB caught at an address an unused breakpoint slot holds (0).
                continue;
            }
            // A call from one in-module callee to another is not the handler's instruction: the evidence names both ends.
            DecodedInstruction call = instructionEndingAt(handler, e.returnAddress()).orElse(null);
            misalignedCall(mode, e.sp(), calleeStackAlign, call, String.format(" to %s (in-module, run for real%s)",
                    inModule.get(e.callee()),
                    call == null ? String.format(", called from 0x%x", e.returnAddress()) : "")).ifPresent(out::add);
        }
        if (run.belowSp() != null) {
            ScenarioRun.BelowSp w = run.belowSp();
            DecodedInstruction at = handler.instructions().stream().filter(i -> i.address() == w.rip()).findFirst().orElse(null);
            out.add(new Observation(FindingKind.STACK_BELOW_SP_USE, at, String.format(
                    "wrote 0x%x at 0x%x, %d bytes below %s (0x%x): an NMI or fault taken on this stack would overwrite it",
                    w.value(), w.address(), w.rsp() - w.address(), mode.sp.toUpperCase(), w.rsp())));
        }
        if (run.stop() != null) {
            // It did not return: nothing after the iret to compare (BootLoop says where it stopped).
            return out;
        }
        if (run.astray()) {
            out.add(new Observation(FindingKind.HANDLER_FAULT, null, "after the handler's iret the interrupted code did not resume"
                    + " where it was: execution went astray into the harness (its report of this scenario is garbled)"));
            return out;
        }
        if (run.fault() != null) {
            out.addAll(fault(mode, run.fault(), handler, iretSpMod16(mode, s)));
            return out;
        }
        for (int i = 0; i < mode.gprs.size(); i++) {
            if (run.before()[i] != run.after()[i]) {
                out.add(new Observation(FindingKind.GPR_CLOBBERED, null, String.format("%%%s was 0x%x, is 0x%x after iret",
                        mode.gprs.get(i), run.before()[i], run.after()[i])));
            }
        }
        if (run.before()[sp] != run.after()[sp]) {
            out.add(new Observation(FindingKind.SP_AT_IRET_WRONG, null, String.format("%%%s was 0x%x, is 0x%x after iret",
                    mode.sp, run.before()[sp], run.after()[sp])));
        }
        for (int i = 0; i < mode.segments.size(); i++) {
            int at = mode.segmentIndex(i);
            if (run.before()[at] != run.after()[at]) {
                out.add(new Observation(FindingKind.SEGMENT_CLOBBERED, null, String.format("%s was 0x%x, is 0x%x after iret",
                        mode.segments.get(i), run.before()[at], run.after()[at])));
            }
        }
        long flags = (run.before()[flagsIndex] ^ run.after()[flagsIndex]) & FLAGS_COMPARED;
        if (flags != 0) {
            out.add(new Observation(FindingKind.FLAGS_CLOBBERED, null, String.format("EFLAGS was 0x%08x, is 0x%08x after iret",
                    run.before()[flagsIndex], run.after()[flagsIndex])));
        }
        out.addAll(FxImage.compare(s, run.fxBefore(), run.fxAfter(), run.ymmBefore(), run.ymmAfter(), mode.xmmRegisters));
        long pushed = !s.fromRing3() ? NP_ERROR_CODE : mode == Mode.BITS64 ? NP_ERROR_CODE_RING3_64 : NP_ERROR_CODE_RING3;
        if (run.probe() != null && (run.probe() & 0xFFFFFFFFL) != pushed) {
            out.add(new Observation(FindingKind.WRONG_ERROR_CODE, null, String.format(
                    "the handler stored 0x%x as its error code; the CPU pushed 0x%x", run.probe(), pushed)));
        }
        for (long[] m : run.memory()) {
            out.add(new Observation(FindingKind.STACK_MEMORY_CLOBBERED, null, String.format(
                    "the interrupted stack's word at 0x%x (SP+%d) became 0x%x", m[0], m[0] - run.before()[sp], m[1])));
        }
        return out;
    }

    /** The exception's mnemonic (#GP), or "vector N". */
    static String vectorName(int vector) {
        return VECTORS.getOrDefault(vector, "vector-" + vector);
    }

    /**
     * SP mod 16 at the handler's iret when it popped what it pushed (the error code included): at the frame the CPU
     * pushed. (The kernel reports no state before a fault, so the residue is what can be checked: the interrupted SP
     * is {@code -misalign} mod 16, in ring 0 the CPU pushes its frame just below (long mode aligns to 16 first), from
     * ring 3 onto the TSS's ring-0 stack, which the harness's {@code ring3_entry} keeps at the same residue. An SP off
     * by the error code's word or any realignment shows; one off by a multiple of 16 does not.)
     */
    static long iretSpMod16(Mode mode, Scenario s) {
        long frame = mode == Mode.BITS64 ? 40 : s.fromRing3() ? 20 : 12;
        return Math.floorMod(mode == Mode.BITS64 ? -frame : -s.misalign() - frame, 16);
    }

    private static List<Observation> fault(Mode mode, ScenarioRun.Fault f, DecodedFunction handler, long iretSpMod16) {
        String name = vectorName(f.vector()) + "(" + Long.toHexString(f.code()) + ")";
        Optional<DecodedInstruction> at = handler.instructions().stream().filter(i -> i.address() == f.eip()).findFirst();
        List<Observation> out = new ArrayList<>();
        if (at.isEmpty()) {
            out.add(new Observation(FindingKind.HANDLER_FAULT, null, String.format(
                    "%s at 0x%x, outside the handler (after its iret, or in a callee)", name, f.eip())));
            return out;
        }
        DecodedInstruction i = at.get();
        String mnemonic = i.text().strip().split("\\s+")[0];
        // An iret at the CPU's frame that faults popped the words the handler wrote into that frame (a
        // CS or flags its code overwrote): SP was right, the frame's contents were not.
        boolean frameWritten = mnemonic.startsWith("iret") && Math.floorMod(f.esp(), 16) == iretSpMod16;
        out.add(new Observation(FindingKind.HANDLER_FAULT, i, name + " in the handler, " + mode.sp.toUpperCase()
                + String.format(" 0x%x", f.esp()) + (frameWritten ? " (the CPU's frame, which the handler overwrote)" : "")));
        if (f.vector() == 13 && requiresAlignment(mnemonic) && i.text().contains("(")) {
            out.add(new Observation(FindingKind.MISALIGNED_STACK_ACCESS, i, String.format(
                    "%s raised #GP: its memory operand is not aligned (%s was 0x%x at the fault)", mnemonic,
                    mode.sp.toUpperCase(), f.esp())));
        }
        if (mnemonic.startsWith("iret") && !frameWritten) {
            out.add(new Observation(FindingKind.SP_AT_IRET_WRONG, i, String.format(
                    "iret faulted with %s 0x%x (mod 16 = %d), not at the CPU's frame (mod 16 = %d): the words it popped are"
                    + " not that frame", mode.sp.toUpperCase(), f.esp(), Math.floorMod(f.esp(), 16), iretSpMod16)));
        }
        return out;
    }

    /** SSE/AVX moves and FXSAVE-style saves that fault on a misaligned memory operand. */
    static boolean requiresAlignment(String mnemonic) {
        return mnemonic.matches("v?mova(p[sd]|ps)|v?movdqa(32|64)?|v?movntdq(a)?|v?movntp[sd]|fxsave(64)?|fxrstor(64)?"
                + "|v?(add|sub|mul|div|and|andn|or|xor|min|max|sqrt)p[sd]|v?p(add|sub|and|or|xor|cmpeq)[bwdq]|v?pshufd");
    }

    /** SP at a callee's entry: the call's SP is a word above; the callee's ABI may assume it aligned. */
    private static Optional<Observation> misalignedCall(Mode mode, long entrySp, int align, DecodedInstruction call, String callee) {
        long spAtCall = entrySp + (mode == Mode.BITS64 ? 8 : 4);
        if (spAtCall % align == 0) {
            return Optional.empty();
        }
        return Optional.of(new Observation(FindingKind.MISALIGNED_CALL_SITE, call, String.format(
                "%s was 0x%x (mod %d = %d) at the call%s; the callee may assume %d", mode.sp.toUpperCase(), spAtCall, align,
                spAtCall % align, callee, align)));
    }

    private static Optional<DecodedInstruction> instructionEndingAt(DecodedFunction f, long end) {
        return f.instructions().stream().filter(i -> i.address() + i.length() == end).findFirst();
    }
}
