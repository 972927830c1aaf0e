package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/** {@code missing-cld}: DF is provably clear before every call and string instruction. */
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
        if (df != State.Direction.CLEAR) {
            findings.report(kind(), step.instruction(), (df == State.Direction.SET ? "DF is set (std)"
                    : "DF may still be set by the interrupted code (no cld on this path)") + " at "
                    + (step.kind() == Semantics.Kind.CALL ? "a call, where the ABI requires it clear" : "a string instruction"));
        }
    }
}
