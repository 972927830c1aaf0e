package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * {@code missing-cld}: DF is provably clear before every string instruction and every call whose
 * callee may depend on it (not a PIC thunk, nor a function whose code sets DF before it uses it).
 */
final class DirectionFlagRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.MISSING_CLD;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() != Semantics.Kind.CALL && step.kind() != Semantics.Kind.STRING) {
            return;
        }
        State.Direction df = step.before().direction;
        if (df == State.Direction.CLEAR) {
            return;
        }
        String where = "a string instruction";
        if (step.kind() == Semantics.Kind.CALL) {
            CallEffect callee = step.callee();
            if (callee.readsDf() == null) {
                return;
            }
            where = "a call to " + callee.name() + " (" + callee.readsDf() + ")";
        }
        findings.report(kind(), step.instruction(), (df == State.Direction.SET ? "DF is set (std)"
                : "DF may still be set by the interrupted code (no cld on this path)") + " at " + where);
    }
}
