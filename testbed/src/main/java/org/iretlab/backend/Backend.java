package org.iretlab.backend;

/**
 * Something that turns IR into code: the embedded LLVM in this process, or an LLVM in a child
 * process. A backend never throws for bad input or LLVM failures; it returns the outcome.
 */
public interface Backend extends AutoCloseable {

    /** The name cells record, by kind and LLVM major version, e.g. {@code embedded-20}. */
    String name();

    /** The exact LLVM version string. */
    String llvmVersion();

    CompileOutcome compile(CompileRequest request);

    @Override
    default void close() {}
}
