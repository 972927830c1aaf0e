package org.iretlab.decode;

import java.util.List;
import java.util.Objects;

/**
 * A function symbol and its machine code, decoded from {@code address} to {@code address + size}.
 * Addresses are section-relative in a relocatable object (every section starts at 0 there).
 */
public record DecodedFunction(String name, long address, long size, List<DecodedInstruction> instructions) {
    public DecodedFunction {
        Objects.requireNonNull(name, "name");
        instructions = List.copyOf(instructions);
    }

    /**
     * The call at {@code index} cannot come back, as the code shows it: nothing follows it in the
     * function, or only a trap (what rustc and {@code -trap-unreachable} put after a noreturn call).
     */
    public boolean nothingReturnsTo(int index) {
        return index + 1 == instructions.size() || instructions.get(index + 1).isTrap();
    }
}
