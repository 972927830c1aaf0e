package org.iretlab.backend;

import org.iretlab.ir.InputException;
import org.iretlab.llvm.Llvm;

/**
 * The embedded LLVM, in this process. Only for modules that cannot reach an LLVM fatal error: our
 * own builder's, and anything byval-frame-check has passed. User files go to a {@link WorkerBackend}.
 */
public final class InProcessBackend implements Backend {
    private final EmbeddedCompiler compiler = new EmbeddedCompiler(EmbeddedCompiler.embeddedName());
    private final boolean expendable;

    /** A backend in the process that holds the results: never skips the prototype check. */
    public InProcessBackend() {
        this(false);
    }

    /** @param expendable true in a worker process, whose death costs only the request it was serving */
    InProcessBackend(boolean expendable) {
        this.expendable = expendable;
    }

    @Override
    public String name() {
        return EmbeddedCompiler.embeddedName();
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
}
