package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * At a call that passes the address of a local aligned above 16 (known from the IR), that address
 * has the local's alignment. The local may only be stored with plain moves, which never fault, so
 * this is the one place a misaligned over-aligned local shows (llvm#50195's 64-bit error-code
 * handler; llvm#225366's 32-bit ones).
 */
final class OverAlignedArgumentRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.MISALIGNED_STACK_ACCESS;
    }

    @Override
    public void check(Step step, Findings findings) {
        String callee = step.instruction().decoded().symbol();
        if (step.kind() != Semantics.Kind.CALL || callee == null) {
            return;
        }
        for (var local : step.facts().overAligned()) {
            if (local.callee().equals(callee) && firstArgument(step) instanceof Value.StackAddress a
                    && !a.provablyAligned(local.alignment())) {
                findings.report(kind(), step.instruction(), "the local passed to " + callee + " needs " + local.alignment()
                        + "-byte alignment (its alloca's) but is at " + a + ", only known to be " + a.knownAlignment() + "-aligned");
            }
        }
    }

    /** The call's first argument: rdi (rcx on Win64), or the word at ESP on 32-bit. */
    private static Value firstArgument(Step step) {
        TargetFacts facts = step.facts();
        if (facts.is64Bit()) {
            return step.before().register(facts.windows64() ? "rcx" : "rdi");
        }
        if (step.before().stackPointer() instanceof Value.StackAddress sp) {
            State.Slot slot = step.before().slot(sp);
            return slot == null ? null : slot.value();
        }
        return null;
    }
}
