package org.iretlab.oracle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iretlab.analysis.CalleeFacts;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.decode.DecodedObject;

/**
 * The functions an object calls but does not define that do not return, as its code shows it: a
 * call with nothing after it in its function, or only a trap (ud2, int3: what rustc and
 * {@code -mllvm -trap-unreachable} put after a noreturn call), or what the IR's {@code noreturn} and the
 * user's {@code --noreturn} say (LLVM may place a noreturn call before another block). Their stand-ins
 * end the scenario instead of returning into whatever lies after the call.
 */
final class NoReturnCallees {
    private NoReturnCallees() {}

    static List<String> of(DecodedObject object, List<String> undefined, CalleeFacts facts) {
        Set<String> out = new LinkedHashSet<>();
        undefined.stream().filter(u -> facts.noReturn(u, false)).forEach(out::add);
        for (DecodedFunction f : object.functions()) {
            List<DecodedInstruction> code = f.instructions();
            for (int i = 0; i < code.size(); i++) {
                DecodedInstruction call = code.get(i);
                if (call.text().startsWith("call") && f.nothingReturnsTo(i) && undefined.contains(call.symbol())) {
                    out.add(call.symbol());
                }
            }
        }
        return List.copyOf(out);
    }
}
