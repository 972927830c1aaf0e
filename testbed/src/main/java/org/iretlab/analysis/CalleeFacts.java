package org.iretlab.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.iretlab.llvm.CalleeAttributes;

/**
 * What is said of the functions a handler calls, apart from their code: the user's models
 * ({@code --callee-model MODEL} for callees nothing else is known of, {@code --callee-model
 * SYMBOL=MODEL}, {@code --noreturn SYMBOL}) and the attributes the IR gives each callee.
 *
 * @param defaultModel what an unknown callee may change
 * @param models the user's model per callee symbol
 * @param noReturn the symbols the user says never return
 * @param ir what the IR states of each callee symbol ({@link CalleeAttributes#INDIRECT} for calls through pointers)
 * @param triple the target whose runtime helpers the callees may be ({@link RuntimeHelper}), or null
 */
public record CalleeFacts(CalleeModel defaultModel, Map<String, CalleeModel> models, Set<String> noReturn,
        Map<String, CalleeAttributes> ir, String triple) {

    /** A model stated for a callee, and where the statement comes from (for findings' reasons). */
    public record Stated(RegisterUse use, String basis) {}

    public CalleeFacts {
        models = Map.copyOf(models);
        noReturn = Set.copyOf(noReturn);
        ir = Map.copyOf(ir);
    }

    public static CalleeFacts defaults() {
        return new CalleeFacts(CalleeModel.ABI, Map.of(), Set.of(), Map.of(), null);
    }

    /** These facts with the IR's attributes of a module's callees. */
    public CalleeFacts withIr(List<CalleeAttributes> attributes) {
        Map<String, CalleeAttributes> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.symbol(), a));
        return new CalleeFacts(defaultModel, models, noReturn, byName, triple);
    }

    /** These facts for the code of one target. */
    CalleeFacts onTarget(String target) {
        return Objects.equals(target, triple) ? this : new CalleeFacts(defaultModel, models, noReturn, ir, target);
    }

    /** How this callee returns, when it is one of the target's runtime helpers with a convention of its own. */
    public Optional<RuntimeHelper> runtimeHelper(String symbol) {
        CalleeAttributes a = symbol == null ? null : ir.get(symbol);
        return RuntimeHelper.of(triple, symbol, a != null && a.stackProbe());
    }

    /** The user's model for this symbol, if they named one. */
    Optional<Stated> user(String symbol) {
        CalleeModel m = models.get(symbol);
        return m == null ? Optional.empty() : Optional.of(new Stated(m.use(), "--callee-model " + symbol + "=" + m.id));
    }

    /**
     * What the IR says of this callee's registers, if it says anything. An indirect call's symbol
     * may name its GOT slot (the callee's own name) or a pointer variable: one the IR does not call
     * is taken as the IR's calls through pointers.
     */
    Optional<Stated> ir(String symbol, boolean indirect) {
        CalleeAttributes a = attributes(symbol, indirect);
        if (a == null || !(a.noCallerSavedRegisters() || a.softFloat() || a.targetFeatures() != null)) {
            return Optional.empty();
        }
        String basis = a.noCallerSavedRegisters() ? "the IR gives it no_caller_saved_registers"
                : a.softFloat() ? "the IR builds it soft-float" : "its IR target-features";
        return Optional.of(new Stated(RegisterUse.of(a), basis));
    }

    /** The model of a callee nothing else is known of. */
    Stated byDefault() {
        return new Stated(defaultModel.use(), defaultModel == CalleeModel.ABI ? "the ABI allows it"
                : "--callee-model " + defaultModel.id);
    }

    /** What a stand-in for this symbol (a callee outside the code) may change: the user's word, the IR's, or the default. */
    public RegisterUse modelled(String symbol) {
        return user(symbol).or(() -> ir(symbol, false)).orElseGet(this::byDefault).use();
    }

    /** The user or the IR says a call to this symbol does not return. */
    public boolean noReturn(String symbol, boolean indirect) {
        CalleeAttributes a = attributes(symbol, indirect);
        return symbol != null && noReturn.contains(symbol) || a != null && a.noReturn();
    }

    private CalleeAttributes attributes(String symbol, boolean indirect) {
        CalleeAttributes a = symbol == null ? null : ir.get(symbol);
        return a == null && indirect ? ir.get(CalleeAttributes.INDIRECT) : a;
    }
}
