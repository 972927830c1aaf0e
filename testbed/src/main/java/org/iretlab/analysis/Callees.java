package org.iretlab.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedObject;

/**
 * The effect of each call in the code of one check. In this order: the model the user names for
 * the symbol; the callee's own code when the object has it, analysed once per entry alignment it
 * is called with; what the IR states of the callee's registers; a stack probe's few registers;
 * a PIC thunk's one register; the default model. A modelled call into one of the target's runtime
 * helpers returns as that helper does ({@link RuntimeHelper}: pops its arguments, or allocates the
 * frame). A noreturn the user or the IR states ends the path whatever the effect.
 */
final class Callees {
    /** {@code __x86.get_pc_thunk.bx}: loads its return address into one register and touches nothing else. */
    private static final Pattern PIC_THUNK = Pattern.compile("__x86\\.get_pc_thunk\\.(ax|bx|cx|dx|si|di|bp)");

    private final DecodedObject object;
    private final TargetFacts facts;
    /** Rounds of a recursive function's summary before its recursive calls fall back to the ABI. */
    private static final int MAX_ROUNDS = 8;
    private final Map<String, CallEffect> effects = new HashMap<>();
    /** Functions being summarised, each with what a call back into it is taken to do for now. */
    private final Map<String, CallEffect> assumed = new HashMap<>();
    /** The keys of {@link #assumed} that a summary in progress has called back into. */
    private final Set<String> recursedInto = new HashSet<>();

    /**
     * @param object the code the callees may be in, or null when only the called function is at hand
     * @param facts the facts every callee is judged with (its convention is the target's, whatever the handler's)
     */
    Callees(DecodedObject object, TargetFacts facts) {
        this.object = object;
        this.facts = facts;
    }

    /**
     * The effect of a call (or tail jump) into {@code symbol} where SP at the callee's entry is
     * {@code entrySp}, the return address on top. {@code indirect}: through a register or memory,
     * where the symbol (if any) names the pointer or its GOT slot, not always the callee.
     */
    CallEffect effect(String symbol, boolean indirect, Value entrySp) {
        Optional<DecodedFunction> body = symbol == null || object == null ? Optional.empty() : object.function(symbol);
        Base entry = body.isPresent() ? entryBase(symbol, entrySp) : null;
        String key = symbol + (indirect ? "*" : "") + (entry == null ? "" : "@" + entry.modulus() + ":" + entry.residue());
        CallEffect known = effects.get(key);
        if (known != null) {
            return known;
        }
        CallEffect e;
        CalleeFacts callees = facts.callees();
        Optional<CalleeFacts.Stated> user = symbol == null ? Optional.empty() : callees.user(symbol);
        Optional<RuntimeHelper> helper = callees.runtimeHelper(symbol);
        if (user.isPresent()) {
            e = returningAs(CallEffect.modelled(symbol, user.get(), facts), helper);
        } else if (body.isPresent()) {
            CallEffect assumption = assumed.get(key);
            if (assumption != null) {
                recursedInto.add(key);
                return assumption;
            }
            e = recursiveFixpoint(key, symbol, body.get(), entry);
        } else {
            e = returningAs(callees.ir(symbol, indirect).map(s -> CallEffect.modelled(symbol, s, facts))
                    .or(() -> helper.filter(RuntimeHelper::probe).map(h -> CallEffect.probe(symbol, h)))
                    .or(() -> picThunk(symbol))
                    .orElseGet(() -> CallEffect.modelled(symbol, callees.byDefault(), facts)), helper);
        }
        if (callees.noReturn(symbol, indirect)) {
            e = e.noReturn();
        }
        effects.put(key, e);
        return e;
    }

    /**
     * The summary of a function that may call itself (directly or through others): each call back
     * into it is first taken as never returning, then as the last round's summary, until a round
     * changes nothing. What the round computed of other callees on a guess is forgotten before the
     * next. Should it not settle, the recursive calls are taken as the ABI allows.
     */
    private CallEffect recursiveFixpoint(String key, String symbol, DecodedFunction body, Base entry) {
        CallEffect guess = new CallEffect(symbol, "its code", Set.of(), null, null, null, null, false, 0, false, List.of());
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                Set<String> known = new HashSet<>(effects.keySet());
                assumed.put(key, guess);
                recursedInto.remove(key);
                CallEffect e = CalleeSummary.of(body, entry, facts, this);
                if (!recursedInto.contains(key) || e.sameEffect(guess)) {
                    return e;
                }
                effects.keySet().retainAll(known);
                // What is found inside the function is found in its own code; the call back into it adds nothing.
                guess = new CallEffect(symbol, e.basis(), e.changed(), e.x87(), e.mxcsr(), e.readsDf(), e.directionAfter(),
                        e.returns(), e.popped(), e.allocatesEax(), List.of());
            }
            assumed.put(key, CallEffect.modelled(symbol, new CalleeFacts.Stated(RegisterUse.ALL,
                    "a recursive call, taken as the ABI allows"), facts));
            return CalleeSummary.of(body, entry, facts, this);
        } finally {
            assumed.remove(key);
            recursedInto.remove(key);
        }
    }

    /** A modelled effect, returning as the target's runtime helper of that name does (whatever the model of its registers). */
    private static CallEffect returningAs(CallEffect e, Optional<RuntimeHelper> helper) {
        return helper.map(e::returningAs).orElse(e);
    }

    /** The entry SP of the callee as the caller's SP makes it: its alignment carries over. */
    private Base entryBase(String symbol, Value entrySp) {
        if (entrySp instanceof Value.StackAddress a) {
            int modulus = a.base().modulus();
            return new Base(symbol + "'s entry SP", null, 0, 0, modulus, (int) Math.floorMod(a.base().residue() + a.offset(), modulus));
        }
        return new Base(symbol + "'s entry SP", null, 0, 0, 1, 0);
    }

    /** A compiler's PIC thunk: it uses no stack beyond its return address, so any SP alignment will do at a call to it. */
    static boolean isPicThunk(String symbol) {
        return symbol != null && PIC_THUNK.matcher(symbol).matches();
    }

    private Optional<CallEffect> picThunk(String symbol) {
        if (!isPicThunk(symbol)) {
            return Optional.empty();
        }
        Matcher m = PIC_THUNK.matcher(symbol);
        m.matches();
        return Optional.of(new CallEffect(symbol, "a PIC thunk", Set.of("r" + m.group(1)), null, null, null, null, true, 0,
                false, List.of()));
    }
}
