package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/** Every alignment-requiring access to stack memory must be provably aligned. */
final class MisalignedStackAccessRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.MISALIGNED_STACK_ACCESS;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() == Semantics.Kind.CALL) {
            step.callee().relay(kind(), step.instruction(), findings);
        }
        int required = Semantics.requiredAlignment(step.instruction(), step.kind());
        if (required <= 1) {
            return;
        }
        for (Operand.Mem m : step.instruction().memoryOperands()) {
            Value address = step.address(m);
            if (address instanceof Value.StackAddress a && !a.provablyAligned(required)) {
                findings.report(kind(), step.instruction(), step.instruction().mnemonic() + " needs " + required
                        + "-byte alignment but " + a + " is only known to be " + a.knownAlignment() + "-aligned"
                        + (a.base().isEntry() ? " (the entry SP is " + a.base().modulus() + "-aligned at best)" : ""));
            }
        }
    }
}
