package org.iretlab.analysis;

/**
 * One instruction on a path, as the rules see it: the instruction, its class, and the abstract
 * state before it; {@code leavesFunction} when it jumps out of the handler.
 */
public record Step(ParsedInstruction instruction, Semantics.Kind kind, State before, TargetFacts facts,
        Interpreter interpreter, boolean leavesFunction) {

    /** The address a memory operand refers to, in the state before the instruction. */
    public Value address(Operand.Mem m) {
        return interpreter.address(before, m);
    }

    /** What the call this step makes does (only for a {@link Semantics.Kind#CALL}). */
    CallEffect callee() {
        return interpreter.callEffect(instruction, before);
    }
}
