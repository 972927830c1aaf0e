package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * {@code wrong-error-code}, where the IR-to-code mapping is known: the builder's error-code probe
 * stores the error code parameter to the global {@value #PROBE}, so the value stored there must be
 * the word the CPU pushed, right at the entry SP (rust#57270 read the frame's RIP instead). For
 * other code the mapping is unknown and the oracle decides.
 */
final class WrongErrorCodeRule implements Rule {
    static final String PROBE = "error_code_seen";

    @Override
    public FindingKind kind() {
        return FindingKind.WRONG_ERROR_CODE;
    }

    @Override
    public void check(Step step, Findings findings) {
        ParsedInstruction i = step.instruction();
        if (step.kind() != Semantics.Kind.MOVE || !PROBE.equals(i.decoded().symbol())
                || !(i.destination() instanceof Operand.Mem) || !(i.source() instanceof Operand.Reg src)) {
            return;
        }
        Value stored = step.before().register(src.register().family());
        boolean right = stored instanceof Value.Loaded l && l.from().base().isEntry() && l.from().offset() == 0;
        if (!step.facts().errorCode()) {
            findings.report(kind(), i, "the handler stores an error code, but its vector pushes none");
        } else if (!right) {
            String what = stored instanceof Value.Loaded l ? "the word at " + l.from() : String.valueOf(stored);
            findings.report(kind(), i, "stores " + what + " as the error code; the CPU pushed it at entry-sp+0");
        }
    }
}
