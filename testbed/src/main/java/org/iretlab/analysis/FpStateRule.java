package org.iretlab.analysis;

import java.util.Set;
import org.iretlab.verdict.FindingKind;

/**
 * x87, MMX and MXCSR state: any instruction or call that may change it without a full save before
 * and a restore after (fxsave/fxrstor, fnsave/frstor, xsave/xrstor, stmxcsr/ldmxcsr) is a finding:
 * {@code x87-state-clobbered}, {@code mmx-state-clobbered}, {@code mxcsr-clobbered}. The MMX
 * registers are the x87 registers' mantissas: x87 data instructions destroy interrupted MMX values,
 * MMX instructions the interrupted x87 stack (tags and TOP), and a callee may use either, so an
 * unsaved register file is both findings (the oracle observes both, per scenario).
 */
final class FpStateRule implements Rule {
    /** x87 instructions that only read state. */
    static final Set<String> READ_ONLY = Set.of("fnstsw", "fstsw", "fnstcw", "fstcw", "fnstenv", "fstenv", "fxam", "fwait", "wait");

    @Override
    public FindingKind kind() {
        return FindingKind.X87_STATE_CLOBBERED;
    }

    @Override
    public void check(Step step, Findings findings) {
        State s = step.before();
        ParsedInstruction i = step.instruction();
        switch (step.kind()) {
            case X87, X87_CONTROL -> {
                if (!READ_ONLY.contains(i.mnemonic()) && !s.fpuSaved) {
                    findings.reportFirst(FindingKind.X87_STATE_CLOBBERED, i, i.mnemonic()
                            + " changes the x87 state (stack, tags, status or control word), which is not saved");
                    if (step.kind() == Semantics.Kind.X87) {
                        findings.reportFirst(FindingKind.MMX_STATE_CLOBBERED, i, i.mnemonic()
                                + " writes the registers the interrupted code's MMX values live in, which are not saved");
                    }
                }
            }
            case MMX -> {
                if (!s.fpuSaved) {
                    findings.reportFirst(FindingKind.MMX_STATE_CLOBBERED, i, i.mnemonic()
                            + " changes MMX registers and the x87 tag word, which are not saved");
                    findings.reportFirst(FindingKind.X87_STATE_CLOBBERED, i, i.mnemonic()
                            + " overwrites the interrupted code's x87 stack (registers, tags, TOP), which is not saved");
                }
            }
            case VECTOR_FP_OP, MXCSR_LOAD -> {
                if (!s.mxcsrSaved && !(step.kind() == Semantics.Kind.MXCSR_LOAD && isRestore(step))) {
                    findings.reportFirst(FindingKind.MXCSR_CLOBBERED, i, i.mnemonic()
                            + (step.kind() == Semantics.Kind.MXCSR_LOAD ? " replaces MXCSR" : " may set MXCSR exception flags")
                            + ", which is not saved");
                }
            }
            case CALL -> {
                CallEffect callee = step.callee();
                // A call that does not come back never returns to the interrupted code: nothing it changes reaches it.
                if (!callee.returns()) {
                    return;
                }
                if (callee.x87() != null && !s.fpuSaved) {
                    findings.reportFirst(FindingKind.X87_STATE_CLOBBERED, i, callee.name() + " may use x87 (" + callee.x87()
                            + "), and the x87 state is not saved");
                    findings.reportFirst(FindingKind.MMX_STATE_CLOBBERED, i, callee.name() + " may use MMX (" + callee.x87()
                            + "), and the MMX registers are not saved");
                }
                if (callee.mxcsr() != null && !s.mxcsrSaved) {
                    findings.reportFirst(FindingKind.MXCSR_CLOBBERED, i, callee.name() + " may do SSE floating point ("
                            + callee.mxcsr() + "), and MXCSR is not saved");
                }
            }
            case IRET -> {
                if (s.fpuSaved && s.fpuChangedSinceSave) {
                    findings.report(FindingKind.X87_STATE_CLOBBERED, i, "x87 state was saved, changed, and not restored");
                    findings.report(FindingKind.MMX_STATE_CLOBBERED, i, "the x87/MMX registers were saved, changed, and not restored");
                }
                if (s.mxcsrSaved && s.mxcsrChangedSinceSave) {
                    findings.report(FindingKind.MXCSR_CLOBBERED, i, "MXCSR was saved, changed, and not restored");
                }
            }
            default -> { }
        }
    }

    private static boolean isRestore(Step step) {
        return step.before().mxcsrSaved && step.before().mxcsrChangedSinceSave;
    }
}
