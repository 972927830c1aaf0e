package org.iretlab.upstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.iretlab.common.InputException;
import org.iretlab.asm.AsmFunction;

/**
 * What llvm-reduce must keep, as the interestingness test reads it from a file: the handler (name
 * and shape), the target it is compiled for, the LLVM that shows the finding, and the finding's
 * kind with the instruction it was at ({@code calll bar}).
 */
public record KeepSpec(String function, HandlerShape shape, String target, String backend, String kind, String instruction) {

    /**
     * An instruction of a candidate corresponds to the original's when it has the same mnemonic and,
     * for a call, the same callee: a call through null or to another function is not the same bug.
     */
    boolean corresponds(String candidate) {
        String mnemonic = AsmFunction.mnemonic(instruction);
        if (!AsmFunction.mnemonic(candidate).equals(mnemonic)) {
            return false;
        }
        return !mnemonic.startsWith("call") || candidate.strip().equals(instruction.strip());
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    void write(Path file) {
        try {
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KeepSpec read(Path file) {
        try {
            return JSON.readValue(file.toFile(), KeepSpec.class);
        } catch (IOException e) {
            throw new InputException(file + ": not an interestingness specification: " + e.getMessage());
        }
    }
}
