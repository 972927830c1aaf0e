package org.iretlab.oracle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.iretlab.decode.DecodedFunction;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.decode.DecodedObject;

/**
 * The functions of the handler's own object that it reaches by direct calls and jumps, its callees'
 * callees included, where the kernel linked them. They run for real, so no stand-in logs their
 * entry: the kernel puts a breakpoint there instead, to judge SP at the call as at a stand-in's.
 * Local (static) functions count too: the linked kernel's symbol table has them.
 */
final class InModuleCallees {
    private InModuleCallees() {}

    /**
     * @param own the names of the functions the handler's object (or executable) defines
     * @return the callees' entry addresses, in the order they are first reached, with their names
     */
    static Map<Long, String> of(DecodedObject linked, DecodedFunction handler, Set<String> own) {
        Map<Long, DecodedFunction> byEntry = new LinkedHashMap<>();
        for (DecodedFunction f : linked.functions()) {
            if (own.contains(f.name()) && !f.name().equals(handler.name())) {
                byEntry.putIfAbsent(f.address(), f);
            }
        }
        Map<Long, String> out = new LinkedHashMap<>();
        Deque<DecodedFunction> pending = new ArrayDeque<>();
        pending.add(handler);
        while (!pending.isEmpty()) {
            for (DecodedInstruction i : pending.remove().instructions()) {
                DecodedFunction callee = i.branchTarget() == null ? null : byEntry.get(i.branchTarget());
                if (callee != null && out.putIfAbsent(callee.address(), callee.name()) == null) {
                    pending.add(callee);
                }
            }
        }
        return out;
    }
}
