package org.iretlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.backend.WorkerBackend;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.ir.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;

/**
 * Where a command's compiles run: a handler spec in this process (the builder's own modules), a
 * user's file in a worker JVM unless {@code --in-process} was asked for. Opened once per command
 * and closed at its end, so a command with several compiles reuses one worker.
 */
final class Compilation implements AutoCloseable {
    private final boolean inProcess;
    private final Duration timeout;
    private Backend fileBackend;

    Compilation(boolean inProcess, Duration timeout) {
        this.inProcess = inProcess;
        this.timeout = timeout;
    }

    CompileOutcome compileFile(Path file, CompileOptions options) {
        return fileBackend().compile(new CompileRequest(IrSource.read(file), options));
    }

    CompileOutcome compileSpec(HandlerOptions handler, TargetOptions target, Set<CompileOptions.Emit> emit) {
        if (target.triple == null) {
            throw new InputException("a handler built from options needs --triple, e.g. --triple i386-unknown-none");
        }
        HandlerSpec spec;
        try {
            spec = handler.toSpec(new Target(target.triple, target.cpu, target.mattr));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        try {
            return CompileOutcome.compiled(new EmbeddedCompiler(EmbeddedCompiler.embeddedName())
                    .compile(spec, target.toCompileOptions(emit, false)));
        } catch (InputException e) {
            return CompileOutcome.rejected(e.getMessage());
        }
    }

    private Backend fileBackend() {
        if (fileBackend == null) {
            fileBackend = inProcess ? new InProcessBackend() : WorkerBackend.sameLlvm(timeout);
        }
        return fileBackend;
    }

    @Override
    public void close() {
        if (fileBackend != null) {
            fileBackend.close();
        }
    }
}
