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
 * is called with; what the IR states of the callee's registers; a PIC thunk's one register; the
 * default model. A noreturn the user or the IR states ends the path whatever the effect.
 */
final class Callees {
    /** {@code __x86.get_pc_thunk.bx}: loads its return address into one register and touches nothing else. */
    private static final Pattern PIC_THUNK = Pattern.compile("__x86\\.get_pc_thunk\\.(ax|bx|cx|dx|si|di|bp)");

    private final DecodedObject object;
    private final TargetFacts facts;
    private final Map<String, CallEffect> effects = new HashMap<>();
    private final Set<String> summarising = new HashSet<>();

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
        if (user.isPresent()) {
            e = CallEffect.modelled(symbol, user.get(), facts);
        } else if (body.isPresent()) {
            if (!summarising.add(key)) {
                // A call back into a function being summarised: taken as its own convention allows.
                return CallEffect.modelled(symbol, new CalleeFacts.Stated(RegisterUse.ALL,
                        "a recursive call, taken as the ABI allows"), facts);
            }
            try {
                e = CalleeSummary.of(body.get(), entry, facts, this);
            } finally {
                summarising.remove(key);
            }
        } else {
            e = callees.ir(symbol, indirect).map(s -> CallEffect.modelled(symbol, s, facts)).orElseGet(() -> picThunk(symbol)
                    .orElseGet(() -> CallEffect.modelled(symbol, callees.byDefault(), facts)));
        }
        if (callees.noReturn(symbol, indirect)) {
            e = e.noReturn();
        }
        effects.put(key, e);
        return e;
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
                List.of()));
    }
}
