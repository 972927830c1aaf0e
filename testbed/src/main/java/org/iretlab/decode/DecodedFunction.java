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
}
