package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * At every call, SP has the alignment the callee may assume (a PIC thunk assumes none); so do the
 * calls inside a callee whose code is at hand, entered with the alignment the caller gives it.
 */
final class CallSiteAlignmentRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.MISALIGNED_CALL_SITE;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() != Semantics.Kind.CALL) {
            return;
        }
        step.callee().relay(kind(), step.instruction(), findings);
        int required = step.facts().calleeStackAlign();
        String callee = step.instruction().decoded().symbol();
        if (Callees.isPicThunk(callee)) {
            return;
        }
        if (step.before().stackPointer() instanceof Value.StackAddress sp && !sp.provablyAligned(required)) {
            findings.report(kind(), step.instruction(), "SP = " + sp + " is only known to be " + sp.knownAlignment()
                    + "-aligned at the call" + (callee == null ? "" : " to " + callee) + "; the callee may assume "
                    + required);
        }
    }
}
