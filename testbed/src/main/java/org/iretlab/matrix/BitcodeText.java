package org.iretlab.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.WorkerBackend;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;

/**
 * The IR text of a user's bitcode file, as the embedded LLVM reads it in a worker JVM (a file
 * that makes the reader die costs the worker, not the matrix): where the file's triple and its
 * handlers are found before any cell runs.
 */
public final class BitcodeText implements Function<Path, String>, AutoCloseable {
    private final Duration timeout;
    private WorkerBackend reader;

    public BitcodeText(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String apply(Path file) {
        if (reader == null) {
            reader = WorkerBackend.sameLlvm(timeout);
        }
        // Text only, without the lint: a prototype the lint refuses is still a row, whose cells say REJECTED.
        CompileOptions options = CompileOptions.of(Target.of(null), Set.of(CompileOptions.Emit.IR)).withPasses(List.of())
                .withSkipPrototypeCheck(true);
        CompileOutcome outcome = reader.compile(new CompileRequest(IrSource.read(file), options));
        if (!outcome.compiled() || outcome.result().ir() == null) {
            throw new InputException(file + ": the embedded LLVM (" + reader.llvmVersion() + ") cannot read this bitcode: "
                    + outcome.message() + "\n  give its text instead (llvm-dis " + file + "), which names the triple and handlers");
        }
        return outcome.result().ir();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
