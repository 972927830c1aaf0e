package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * {@code fp-env-inherited}: floating-point computation before the handler set its own control
 * words (fninit/fldcw for x87, ldmxcsr for SSE) runs with the interrupted code's rounding,
 * precision and exception masks.
 */
final class FpEnvironmentRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.FP_ENV_INHERITED;
    }

    @Override
    public void check(Step step, Findings findings) {
        ParsedInstruction i = step.instruction();
        if (step.kind() == Semantics.Kind.X87 && Semantics.x87Computes(i.mnemonic()) && !step.before().ownX87Environment) {
            findings.reportFirst(kind(), i, i.mnemonic() + " computes with the interrupted code's x87 control word "
                    + "(no fninit or fldcw before it)");
        } else if (step.kind() == Semantics.Kind.VECTOR_FP_OP && !step.before().ownSseEnvironment) {
            findings.reportFirst(kind(), i, i.mnemonic() + " computes with the interrupted code's MXCSR "
                    + "(no ldmxcsr before it)");
        }
    }
}
