package org.iretlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/**
 * The effect of a function whose code is at hand, found by running the interpreter over it as an
 * ordinary function (entered by a call, left by ret, its own calls followed the same way): which
 * registers differ at its returns, whether it touches x87/MMX or MXCSR without saving them, whether
 * it depends on DF before setting it, whether it returns at all, and what the alignment, instruction
 * and stack rules find in it.
 */
final class CalleeSummary {
    /** The rules that hold in any function called from a handler, whatever its convention. */
    private static final List<Rule> RULES = List.of(new UnknownInstructionRule(), new MisalignedStackAccessRule(),
            new CallSiteAlignmentRule(), new RedZoneRule());

    private final String name;
    private final Base entry;
    private final Set<String> changed = new TreeSet<>();
    private final Findings findings = new Findings();
    private String x87;
    private String mxcsr;
    private String readsDf;
    private State.Direction directionAfter;
    private boolean returns;
    private Long popped;

    private CalleeSummary(String name, Base entry) {
        this.name = name;
        this.entry = entry;
    }

    static CallEffect of(DecodedFunction function, Base entry, TargetFacts facts, Callees callees) {
        CalleeSummary s = new CalleeSummary(function.name(), entry);
        Interpreter interpreter = new Interpreter(facts, callees);
        State start = interpreter.entryState(entry);
        HandlerAnalyser.Paths paths = HandlerAnalyser.explore(function, interpreter, start, s.findings);
        for (Step step : paths.steps(facts, interpreter)) {
            for (Rule rule : RULES) {
                rule.check(step, s.findings);
            }
            s.visit(step, start, interpreter);
        }
        return s.effect();
    }

    private void visit(Step step, State start, Interpreter interpreter) {
        State before = step.before();
        ParsedInstruction i = step.instruction();
        switch (step.kind()) {
            case STRING -> dependsOnDf(before, i.mnemonic() + " at " + at(i));
            case CALL -> absorb(step.callee(), before);
            case X87, X87_CONTROL, MMX -> {
                if (!before.fpuSaved && !FpStateRule.READ_ONLY.contains(i.mnemonic()) && x87 == null) {
                    x87 = "its " + i.mnemonic() + " at " + at(i);
                }
            }
            case VECTOR_FP_OP, MXCSR_LOAD -> {
                if (!before.mxcsrSaved && mxcsr == null) {
                    mxcsr = "its " + i.mnemonic() + " at " + at(i);
                }
            }
            case RET -> leave(before, start, i, i.operands().isEmpty() ? 0 : immediate(i));
            case JMP -> {
                if (step.leavesFunction()) {
                    // A tail call: the target returns to this function's caller.
                    CallEffect tail = interpreter.tailCallEffect(i, before);
                    absorb(tail, before);
                    if (tail.returns()) {
                        State after = before.copy();
                        interpreter.apply(tail, after, i.address());
                        leave(after, start, i, tail.popped());
                    }
                }
            }
            case IRET -> {
                // It pops more than the return address: what follows the call cannot be judged, but is still looked at.
                findings.report(FindingKind.UNKNOWN_INSTRUCTION, i, "a function called like any other returns with " + i.mnemonic());
                leave(before, start, i, 0);
            }
            default -> { }
        }
    }

    /** A call (or tail call) inside this function: what the callee does is this function's doing too. */
    private void absorb(CallEffect callee, State before) {
        if (callee.readsDf() != null) {
            dependsOnDf(before, "its call to " + callee.name());
        }
        if (callee.x87() != null && !before.fpuSaved && x87 == null) {
            x87 = "its call to " + callee.name() + " (" + callee.x87() + ")";
        }
        if (callee.mxcsr() != null && !before.mxcsrSaved && mxcsr == null) {
            mxcsr = "its call to " + callee.name() + " (" + callee.mxcsr() + ")";
        }
    }

    private void dependsOnDf(State before, String what) {
        if (before.direction != State.Direction.CLEAR && readsDf == null) {
            readsDf = what + " uses DF before any cld";
        }
    }

    /** A way out: the registers that differ from entry, DF, and SP, which must be back at the return address. */
    private void leave(State exit, State start, ParsedInstruction at, long pops) {
        returns = true;
        for (var e : start.registers.entrySet()) {
            if (!e.getKey().equals("rsp") && !e.getValue().equals(exit.register(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        if (exit.fpuSaved && exit.fpuChangedSinceSave && x87 == null) {
            x87 = "its x87 state saved, changed and not restored before " + at(at);
        }
        if (exit.mxcsrSaved && exit.mxcsrChangedSinceSave && mxcsr == null) {
            mxcsr = "its MXCSR saved, changed and not restored before " + at(at);
        }
        directionAfter = directionAfter == null ? exit.direction : directionAfter.join(exit.direction);
        if (!(exit.stackPointer() instanceof Value.StackAddress sp) || !sp.base().equals(entry) || sp.offset() != 0) {
            findings.report(FindingKind.UNKNOWN_INSTRUCTION, at, "returns with SP = " + String.valueOf(exit.stackPointer())
                    + ", not at its return address");
        } else if (popped != null && popped != pops) {
            findings.report(FindingKind.UNKNOWN_INSTRUCTION, at, "pops " + pops + " bytes of arguments here and "
                    + popped + " elsewhere");
        }
        popped = pops;
    }

    private CallEffect effect() {
        List<Finding> inside = new ArrayList<>(findings.all());
        return new CallEffect(name, "its code", changed, x87, mxcsr, readsDf, directionAfter == State.Direction.ENTRY ? null : directionAfter, returns,
                popped == null ? 0 : popped, false, inside);
    }

    private static long immediate(ParsedInstruction ret) {
        return ret.operands().get(0) instanceof Operand.Imm imm && imm.value() != null ? imm.value() : 0;
    }

    private static String at(ParsedInstruction i) {
        return String.format("0x%x", i.address());
    }
}
