package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * {@code red-zone-use}: a 64-bit handler that keeps data below SP loses it to an NMI or fault taken
 * on the same stack, and so does a callee whose code is at hand. (The interrupted code's red zone is
 * out of reach here: see the verdict's notes.)
 */
final class RedZoneRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.RED_ZONE_USE;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() == Semantics.Kind.CALL) {
            step.callee().relay(kind(), step.instruction(), findings);
        }
        if (!step.facts().is64Bit() || step.kind() == Semantics.Kind.LEA || step.kind() == Semantics.Kind.NOP) {
            return;
        }
        if (!(step.before().stackPointer() instanceof Value.StackAddress sp)) {
            return;
        }
        for (Operand.Mem m : step.instruction().memoryOperands()) {
            if (step.address(m) instanceof Value.StackAddress a && a.highestFromEntry() < sp.lowestFromEntry()) {
                findings.report(kind(), step.instruction(), "accesses " + a + ", " + (sp.lowestFromEntry() - a.highestFromEntry())
                        + " bytes below SP = " + sp);
            }
        }
    }
}
