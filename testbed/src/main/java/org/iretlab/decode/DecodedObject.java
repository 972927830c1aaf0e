package org.iretlab.decode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The functions of an ELF object or executable, decoded for {@code triple}. */
public record DecodedObject(String triple, boolean is64Bit, List<DecodedFunction> functions) {
    public DecodedObject {
        Objects.requireNonNull(triple, "triple");
        functions = List.copyOf(functions);
    }

    /** The first function of that name; aliases and local symbols can repeat a name. */
    public Optional<DecodedFunction> function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
