package org.iretlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;

/**
 * Where a command's compiles run: a handler spec in this process (the builder's own modules), a
 * user's file in a worker JVM unless {@code --in-process} was asked for. Opened once per command
 * and closed at its end, so a command with several compiles reuses one worker.
 */
final class Compilation implements AutoCloseable {
    /** What a backend says when its LLVM cannot parse a file: then other installed LLVMs are tried. */
    private static final String UNREADABLE = org.iretlab.ir.IrReader.UNREADABLE;

    private final boolean inProcess;
    private final String llvm;
    private final Toolchains toolchains;
    private Backend fileBackend;

    Compilation(boolean inProcess, Duration timeout, String llvm, Toolchains toolchains) {
        this.inProcess = inProcess;
        this.llvm = llvm;
        this.toolchains = toolchains;
        if (inProcess && !toolchains.resolveOne(llvm).equals(Toolchains.embeddedName())) {
            throw new InputException("--in-process runs the embedded LLVM only; drop it to use --llvm " + llvm);
        }
    }

    CompileOutcome compileFile(Path file, CompileOptions options) {
        CompileRequest request = new CompileRequest(IrSource.read(file), options);
        CompileOutcome outcome = fileBackend().compile(request);
        if (outcome.status() == CompileOutcome.Status.REJECTED && outcome.message().contains(UNREADABLE)) {
            return CompileOutcome.rejected(outcome.message() + "\n  " + readersOf(request));
        }
        return outcome;
    }

    /** Which other installed backends read this file (front ends often write IR for newer LLVMs). */
    private String readersOf(CompileRequest request) {
        List<String> readers = new ArrayList<>();
        // Assembly, so that an llc really parses the file (its IR is read by the embedded LLVM first).
        CompileRequest probe = new CompileRequest(request.source(), request.options().withEmit(CompileOptions.Emit.ASM)
                .withPasses(List.of()));
        for (String name : toolchains.installed()) {
            if (name.equals(fileBackend.name())) {
                continue;
            }
            try (Backend other = toolchains.open(name, false)) {
                CompileOutcome o = other.compile(probe);
                if (o.compiled() || !String.valueOf(o.message()).contains(UNREADABLE)) {
                    readers.add(name);
                }
            } catch (InputException e) {
                // A backend that cannot start reads nothing.
            }
        }
        return readers.isEmpty() ? "no installed backend reads it (installed: " + String.join(", ", toolchains.installed())
                + "); scripts/setup-toolchains installs newer ones (e.g. --llc 22)"
                : "installed backends that read it: " + String.join(", ", readers) + " (use --llvm NAME)";
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
            fileBackend = inProcess ? new InProcessBackend() : toolchains.openNameOrPath(llvm, false);
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
