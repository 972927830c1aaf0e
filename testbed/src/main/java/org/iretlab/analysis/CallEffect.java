package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/**
 * What one call does to the state the analyser tracks, whether modelled (the ABI, a model the user
 * names, the IR's attributes) or found by analysing the callee's own code.
 *
 * @param callee the callee's symbol, or null for an indirect call
 * @param basis where the effect comes from, as findings say it ("the ABI allows it", "its code")
 * @param changed the registers the call may change: GPR families, vector lanes ("v3.1"), mask registers
 * @param x87 why the call may change x87/MMX state, or null when it cannot
 * @param mxcsr why the call may set MXCSR status flags, or null when it cannot
 * @param readsDf why the callee depends on DF being clear, or null when it does not
 * @param directionAfter DF after the call in the callee's terms ({@code ENTRY}: as at the call), or null when the
 *     call leaves it as it was on every path
 * @param returns the call comes back (false: the path ends at it)
 * @param popped bytes the callee pops besides its return address ({@code ret $N})
 * @param allocatesEax the call moves SP down by EAX's value at the call (a 32-bit Windows stack probe)
 * @param inside findings in the callee's own code (alignment, instructions the analyser cannot follow),
 *     reported at the call
 */
record CallEffect(String callee, String basis, Set<String> changed, String x87, String mxcsr, String readsDf,
        State.Direction directionAfter, boolean returns, long popped, boolean allocatesEax, List<Finding> inside) {
    private static final String ABI_DF = "the ABI lets every function assume DF clear at a call";

    CallEffect {
        changed = Set.copyOf(changed);
        inside = List.copyOf(inside);
    }

    /** The callee as findings name it. */
    String name() {
        return callee == null ? "the indirect callee" : callee;
    }

    /** A modelled callee: the registers its model allows; DF clear at the call and after it, as the ABI has it. */
    static CallEffect modelled(String callee, CalleeFacts.Stated stated, TargetFacts facts) {
        RegisterUse use = stated.use();
        List<String> changed = new ArrayList<>();
        if (use.gprs()) {
            changed.addAll(facts.is64Bit()
                    ? facts.windows64() ? List.of("rax", "rcx", "rdx", "r8", "r9", "r10", "r11")
                            : List.of("rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11")
                    : List.of("rax", "rcx", "rdx"));
        }
        if (use.vectors()) {
            for (int n = 0; n < 32; n++) {
                for (int lane = 0; lane < 4; lane++) {
                    boolean win64Preserved = facts.windows64() && lane == 0 && n >= 6 && n < 16;
                    if (!win64Preserved) {
                        changed.add(Interpreter.lane(n, lane));
                    }
                }
            }
            for (int k = 0; k < 8; k++) {
                changed.add("k" + k);
            }
        }
        String basis = stated.basis();
        // A modelled callee sets MXCSR flags only if the target has SSE; a callee's own code shows it either way.
        boolean sse = facts.registerFile().contains(TargetFacts.RegisterFile.SSE);
        return new CallEffect(callee, basis, Set.copyOf(changed), use.x87() ? basis : null, use.vectors() && sse ? basis : null,
                ABI_DF, State.Direction.CLEAR, true, 0, false, List.of());
    }

    /**
     * A stack probe: it changes the registers its helper names and SP as the helper moves it, and leaves
     * everything else, DF included, alone. It is still a function the ABI lets assume DF clear (a
     * probe-stack=NAME of the user's may use it).
     */
    static CallEffect probe(String callee, RuntimeHelper helper) {
        return new CallEffect(callee, helper.basis(), helper.changes(), null, null, ABI_DF, null, true, 0, helper.allocatesEax(),
                List.of());
    }

    /** This effect, returning as the target's runtime helper does: popping its arguments, or allocating the frame. */
    CallEffect returningAs(RuntimeHelper helper) {
        return new CallEffect(callee, basis, changed, x87, mxcsr, readsDf, directionAfter, returns, helper.popped(),
                helper.allocatesEax(), inside);
    }

    /** This effect, for a call that does not come back. */
    CallEffect noReturn() {
        return new CallEffect(callee, basis, changed, x87, mxcsr, readsDf, directionAfter, false, popped, allocatesEax, inside);
    }

    /** The same effect on the state, wherever it comes from and whatever was found inside. */
    boolean sameEffect(CallEffect other) {
        return changed.equals(other.changed) && Objects.equals(x87, other.x87)
                && Objects.equals(mxcsr, other.mxcsr) && Objects.equals(readsDf, other.readsDf)
                && directionAfter == other.directionAfter && returns == other.returns && popped == other.popped
                && allocatesEax == other.allocatesEax;
    }

    /** The findings of one kind in the callee's code, reported at the call into it. */
    void relay(FindingKind kind, ParsedInstruction call, Findings findings) {
        for (Finding f : inside) {
            if (f.kind() == kind) {
                findings.report(kind, call, "in " + name() + String.format(" at 0x%x (%s): ", f.address(), f.assembly())
                        + f.reason());
            }
        }
    }
}
