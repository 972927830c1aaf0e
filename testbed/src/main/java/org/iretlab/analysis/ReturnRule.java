package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * The handler leaves only through iret, with SP back at the CPU frame: {@code not-iret} and
 * {@code sp-at-iret-wrong}.
 */
final class ReturnRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.NOT_IRET;
    }

    @Override
    public void check(Step step, Findings findings) {
        ParsedInstruction i = step.instruction();
        switch (step.kind()) {
            case RET -> findings.report(FindingKind.NOT_IRET, i, "returns with " + i.mnemonic()
                    + ", which pops only the instruction pointer: CS, flags and the frame stay on the stack");
            case JMP -> {
                if (step.leavesFunction()) {
                    String target = i.decoded().symbol() != null ? i.decoded().symbol() : i.decoded().text().replaceFirst("^\\S+\\s*", "");
                    findings.report(FindingKind.NOT_IRET, i, "leaves the handler by a jump to " + target
                            + " (a tail call): the callee returns with ret, not iret");
                }
            }
            case IRET -> checkSp(step, findings);
            default -> { }
        }
    }

    private static void checkSp(Step step, Findings findings) {
        long expected = step.facts().spAtIret();
        Value sp = step.before().stackPointer();
        String want = "entry SP" + (expected == 0 ? "" : " + " + expected + " (the error code popped)");
        if (!(sp instanceof Value.StackAddress a) || !a.base().isEntry()) {
            findings.report(FindingKind.SP_AT_IRET_WRONG, step.instruction(), "SP = " + String.valueOf(sp)
                    + " is not provably the " + want);
        } else if (a.offset() != expected) {
            String why = a.offset() == 0 && expected > 0 ? "the error code was not popped"
                    : expected == 0 && a.offset() == step.facts().wordBytes() ? "a word was popped but there is no error code"
                    : "SP is off by " + (a.offset() - expected);
            findings.report(FindingKind.SP_AT_IRET_WRONG, step.instruction(), "SP = " + a + " but must be the " + want
                    + ": " + why);
        }
    }
}
