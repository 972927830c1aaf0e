package org.iretlab.backend;

import org.iretlab.common.InputException;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.llvm.Llvm;

/**
 * The embedded LLVM, in this process. Only for modules that cannot reach an LLVM fatal error: our
 * own builder's, and anything byval-frame-check has passed. User files go to a {@link WorkerBackend}.
 */
public final class InProcessBackend implements Backend {
    private final String name;
    private final EmbeddedCompiler compiler;
    private final boolean expendable;

    /** A backend in the process that holds the results: never skips the prototype check. */
    public InProcessBackend() {
        this(false, "embedded");
    }

    /**
     * @param expendable true in a worker process, whose death costs only the request it was serving
     * @param kind the first part of the backend's name: {@code embedded}, or {@code worker} for a
     *     worker JVM running another LLVM version than the embedded one
     */
    InProcessBackend(boolean expendable, String kind) {
        this.expendable = expendable;
        this.name = kind + "-" + Llvm.version().split("\\.")[0];
        this.compiler = new EmbeddedCompiler(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String llvmVersion() {
        return Llvm.version();
    }

    @Override
    public CompileOutcome compile(CompileRequest request) {
        if (request.options().skipPrototypeCheck() && !expendable) {
            return CompileOutcome.rejected("skipping the prototype check is only allowed in a worker process: "
                    + "LLVM's fatal errors would end this one");
        }
        try {
            return CompileOutcome.compiled(compiler.compile(request.source(), request.options()));
        } catch (InputException e) {
            return CompileOutcome.rejected(e.getMessage());
        }
    }

    /**
     * A handler built from its description and compiled here. In the process that holds the results
     * this is only for descriptions made by iretlab's own code; a user's go to a {@link WorkerBackend}.
     */
    public CompileOutcome compile(HandlerSpec spec, CompileOptions options) {
        try {
            return CompileOutcome.compiled(compiler.compile(spec, options));
        } catch (InputException e) {
            return CompileOutcome.rejected(e.getMessage());
        }
    }
}
