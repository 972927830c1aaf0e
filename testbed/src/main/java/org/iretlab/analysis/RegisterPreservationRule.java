package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * At iret, every general-purpose, vector (lane by lane, as far as the machine's register file
 * goes) and mask register holds the interrupted code's value again: {@code gpr-clobbered} and
 * {@code vector-clobbered}.
 */
final class RegisterPreservationRule implements Rule {
    private static final String[] LANE_BITS = {"bits 0-127", "bits 128-255", "bits 256-383", "bits 384-511"};

    @Override
    public FindingKind kind() {
        return FindingKind.GPR_CLOBBERED;
    }

    @Override
    public void check(Step step, Findings findings) {
        if (step.kind() != Semantics.Kind.IRET) {
            return;
        }
        State s = step.before();
        TargetFacts facts = step.facts();
        for (String family : facts.gprFamilies()) {
            Value v = s.register(family);
            if (!v.equals(new Value.Original(family))) {
                findings.report(FindingKind.GPR_CLOBBERED, step.instruction(),
                        name(family, facts) + " " + describe(v) + " and is not restored");
            }
        }
        for (int n = 0; n < facts.vectorRegisters(); n++) {
            for (int lane = 0; lane < facts.vectorLanes(); lane++) {
                String name = Interpreter.lane(n, lane);
                Value v = s.register(name);
                if (!v.equals(new Value.Original(name))) {
                    String reg = (lane == 0 ? "xmm" : lane == 1 ? "ymm" : "zmm") + n;
                    findings.report(FindingKind.VECTOR_CLOBBERED, step.instruction(),
                            reg + " (" + LANE_BITS[lane] + ") " + describe(v) + " and is not restored");
                }
            }
        }
        if (facts.registerFile().contains(TargetFacts.RegisterFile.AVX512)) {
            for (int k = 0; k < 8; k++) {
                Value v = s.register("k" + k);
                if (!v.equals(new Value.Original("k" + k))) {
                    findings.report(FindingKind.VECTOR_CLOBBERED, step.instruction(), "k" + k + " " + describe(v)
                            + " and is not restored");
                }
            }
        }
    }

    private static String name(String family, TargetFacts facts) {
        return facts.is64Bit() || family.matches("r\\d+") ? family : "e" + family.substring(1);
    }

    private static String describe(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.writer() >= 0 ? String.format("was changed at 0x%x (%s)", u.writer(), u.why()) : "is unknown (" + u.why() + ")";
        }
        return "holds " + String.valueOf(v);
    }
}
