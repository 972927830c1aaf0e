package org.iretlab.backend;

import java.util.List;

/**
 * What a successful compile produced. Absent outputs (not asked for) are null.
 *
 * @param backend the backend's name, e.g. {@code embedded-20}
 * @param llvmVersion the exact LLVM version string of that backend
 * @param triple the triple the code was generated for
 * @param warnings LLVM's warnings, shown to the user with the result
 */
public record CompileResult(String backend, String llvmVersion, String triple, String asm, byte[] object, String ir,
        List<String> warnings) {

    public CompileResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
