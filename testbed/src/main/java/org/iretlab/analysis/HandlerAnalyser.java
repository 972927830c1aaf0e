package org.iretlab.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * The static verdict on one handler: runs the abstract interpreter over every path of the
 * handler's control-flow graph to a fixpoint, then replays each instruction once with its final
 * state through every rule.
 */
public final class HandlerAnalyser {
    private static final List<Rule> RULES = List.of(new UnknownInstructionRule(), new MisalignedStackAccessRule(),
            new CallSiteAlignmentRule(), new ReturnRule(), new RegisterPreservationRule(), new FpStateRule(),
            new FpEnvironmentRule(), new DirectionFlagRule(), new RedZoneRule(), new WrongErrorCodeRule(), new OverAlignedArgumentRule(),
            new SegmentRegisterRule());
    /** Visits per instruction before the analysis gives up on a loop (the lattice is shallow: never reached in practice). */
    private static final int MAX_VISITS = 64;

    private HandlerAnalyser() {}

    /** The rules, for documentation and tests. */
    public static List<Rule> rules() {
        return RULES;
    }

    public static FunctionVerdict analyse(DecodedFunction function, TargetFacts facts) {
        return analyse(function, facts, new Callees(null, facts));
    }

    /** The verdict on a handler whose calls go to {@code callees}. */
    static FunctionVerdict analyse(DecodedFunction function, TargetFacts facts, Callees callees) {
        Findings findings = new Findings();
        Interpreter interpreter = new Interpreter(facts, callees);
        Paths paths = explore(function, interpreter, interpreter.entryState(), findings);
        if (paths.code().isEmpty()) {
            return FunctionVerdict.of(function.name(), List.of(), List.of("the function has no instructions"));
        }
        for (Step step : paths.steps(facts, interpreter)) {
            for (Rule rule : RULES) {
                rule.check(step, findings);
            }
        }
        List<ParsedInstruction> code = paths.code();
        List<String> notes = new ArrayList<>();
        if (facts.is64Bit()) {
            notes.add("the interrupted code's own red zone is out of reach of static analysis: it must be compiled "
                    + "with -mno-red-zone");
        }
        boolean probe = code.stream().anyMatch(p -> WrongErrorCodeRule.PROBE.equals(p.decoded().symbol()));
        if (!probe && facts.errorCode()) {
            notes.add("wrong-error-code is left to the oracle: the IR-to-code mapping of this function is not known");
        }
        return FunctionVerdict.of(function.name(), findings.all(), notes);
    }


    /**
     * A function's instructions, and the state before each one that some path from {@code entry}
     * reaches (null where none does).
     */
    record Paths(List<ParsedInstruction> code, List<Semantics.Kind> kinds, Map<Long, Integer> index, State[] in) {
        /** Every reached instruction with its final state, as the rules see it. */
        List<Step> steps(TargetFacts facts, Interpreter interpreter) {
            List<Step> out = new ArrayList<>();
            for (int i = 0; i < code.size(); i++) {
                if (in[i] != null) {
                    out.add(new Step(code.get(i), kinds.get(i), in[i], facts, interpreter, leaves(code.get(i), kinds.get(i), index)));
                }
            }
            return out;
        }
    }

    /** Runs the abstract interpreter over every path of the function from {@code entry} to a fixpoint. */
    static Paths explore(DecodedFunction function, Interpreter interpreter, State entry, Findings findings) {
        List<ParsedInstruction> code = new ArrayList<>();
        List<Semantics.Kind> kinds = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (DecodedInstruction d : function.instructions()) {
            index.put(d.address(), code.size());
            ParsedInstruction p;
            Semantics.Kind kind;
            try {
                p = ParsedInstruction.parse(d);
                kind = Semantics.classify(p);
                if (kind == Semantics.Kind.JMP && !d.tableTargets().isEmpty()) {
                    kind = Semantics.Kind.TABLE_JUMP;
                }
            } catch (RuntimeException e) {
                p = new ParsedInstruction(d, "", d.text().split("\\s+", 2)[0], List.of());
                kind = Semantics.Kind.UNKNOWN;
            }
            code.add(p);
            kinds.add(kind);
        }
        State[] in = new State[code.size()];
        if (code.isEmpty()) {
            return new Paths(code, kinds, index, in);
        }
        in[0] = entry;
        int[] visits = new int[code.size()];
        Deque<Integer> work = new ArrayDeque<>(List.of(0));
        while (!work.isEmpty()) {
            int i = work.poll();
            if (++visits[i] > MAX_VISITS) {
                findings.report(FindingKind.UNKNOWN_INSTRUCTION, code.get(i), "the analysis of this loop does not settle");
                break;
            }
            State out = in[i].copy();
            interpreter.step(out, code.get(i), kinds.get(i));
            for (int next : successors(function, i, code, kinds, index, findings, interpreter, in[i])) {
                State joined = in[next] == null ? out : in[next].join(out, code.get(next).address());
                if (!joined.equals(in[next])) {
                    in[next] = joined;
                    work.add(next);
                }
            }
        }
        return new Paths(code, kinds, index, in);
    }

    private static boolean leaves(ParsedInstruction p, Semantics.Kind kind, Map<Long, Integer> index) {
        Long target = p.decoded().branchTarget();
        return kind == Semantics.Kind.JMP && target != null && !index.containsKey(target);
    }

    private static List<Integer> successors(DecodedFunction function, int i, List<ParsedInstruction> code, List<Semantics.Kind> kinds,
            Map<Long, Integer> index, Findings findings, Interpreter interpreter, State before) {
        ParsedInstruction p = code.get(i);
        List<Integer> out = new ArrayList<>();
        Long target = p.decoded().branchTarget();
        switch (kinds.get(i)) {
            case RET, IRET, TRAP -> { }
            case TABLE_JUMP -> p.decoded().tableTargets().forEach(t -> out.add(index.get(t)));
            case JMP -> {
                if (target != null && index.containsKey(target)) {
                    out.add(index.get(target));
                }
            }
            case JCC -> {
                if (target == null || !index.containsKey(target)) {
                    findings.report(FindingKind.UNKNOWN_INSTRUCTION, p, "a conditional jump to "
                            + (target == null ? "an unknown place" : String.format("0x%x", target))
                            + ", outside the handler or into an instruction");
                } else {
                    out.add(index.get(target));
                }
                fallThrough(i, code, findings, out);
            }
            case CALL -> {
                if (!function.nothingReturnsTo(i) && interpreter.callEffect(p, before).returns()) {
                    out.add(i + 1);
                }
            }
            default -> fallThrough(i, code, findings, out);
        }
        return out;
    }

    private static void fallThrough(int i, List<ParsedInstruction> code, Findings findings, List<Integer> out) {
        if (i + 1 < code.size()) {
            out.add(i + 1);
        } else {
            findings.report(FindingKind.UNKNOWN_INSTRUCTION, code.get(i), "execution runs off the end of the handler");
        }
    }
}
