package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * {@code segment-clobbered}: at iret every data segment selector (and on x86-64 the FS, GS and
 * kernel GS bases) is the interrupted code's again, restored by a push/pop or mov pair if the
 * handler loaded its own.
 */
final class SegmentRegisterRule implements Rule {
    @Override
    public FindingKind kind() {
        return FindingKind.SEGMENT_CLOBBERED;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() != Semantics.Kind.IRET) {
            return;
        }
        for (String segment : step.facts().segmentState()) {
            Value v = step.before().register(segment);
            if (!v.equals(new Value.Original(segment))) {
                findings.report(kind(), step.instruction(), name(segment) + " " + describe(v) + " and is not restored");
            }
        }
    }

    private static String name(String segment) {
        return switch (segment) {
            case "fsbase" -> "the FS base";
            case "gsbase" -> "the GS base";
            case "kgsbase" -> "the kernel GS base";
            default -> "%" + segment;
        };
    }

    private static String describe(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.writer() >= 0 ? String.format("was changed at 0x%x (%s)", u.writer(), u.why()) : "is unknown (" + u.why() + ")";
        }
        if (v instanceof Value.Original o && o.register().endsWith("gsbase")) {
            return "holds the interrupted code's " + name(o.register()).substring(4) + " (an odd number of swapgs)";
        }
        if (v instanceof Value.Original o) {
            return "holds the interrupted code's " + name(o.register());
        }
        return "holds " + v;
    }
}
