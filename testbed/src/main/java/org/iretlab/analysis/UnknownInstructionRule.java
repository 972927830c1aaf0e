package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * Fails closed: an instruction the model does not classify, an indirect jump, or a stack pointer
 * the analysis lost track of makes the verdict UNDECIDED.
 */
final class UnknownInstructionRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.UNKNOWN_INSTRUCTION;
    }

    @Override
    public void check(Step step, Findings findings) {
        ParsedInstruction i = step.instruction();
        if (step.kind() == Semantics.Kind.CALL) {
            step.callee().relay(kind(), i, findings);
        }
        if (step.kind() == Semantics.Kind.UNKNOWN) {
            findings.report(kind(), i, "the analyser does not model '" + i.mnemonic() + "'");
        } else if (step.kind() == Semantics.Kind.JMP && step.instruction().decoded().branchTarget() == null) {
            findings.report(kind(), i, "an indirect jump: the control flow cannot be followed");
        } else if (!(step.before().stackPointer() instanceof Value.StackAddress) && usesStack(step)) {
            findings.report(kind(), i, "SP cannot be followed here (it is "
                    + String.valueOf(step.before().stackPointer()) + ")");
        }
    }

    private static boolean usesStack(Step step) {
        return switch (step.kind()) {
            case PUSH, POP, LEAVE, PUSHF, POPF, CALL, RET, IRET -> true;
            default -> step.instruction().memoryOperands().stream()
                    .anyMatch(m -> m.base() != null && m.base().isStackPointer());
        };
    }
}
