package org.iretlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.backend.WorkerBackend;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.common.InputException;
import org.iretlab.decode.DecodedObject;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;
import org.iretlab.verdict.Outcome;

/**
 * Where a command's compiles run: a handler description in a worker JVM of the embedded LLVM, a
 * user's file in a worker JVM unless {@code --in-process} was asked for. Opened once per command
 * and closed at its end, so a command with several compiles reuses one worker.
 */
final class Compilation implements AutoCloseable {
    /** What a backend says when its LLVM cannot parse a file: then other installed LLVMs are tried. */
    private static final String UNREADABLE = IrReader.UNREADABLE;

    private final boolean inProcess;
    private final String llvm;
    private final Toolchains toolchains;
    private final CheckOptions checks;
    private final Oracle oracle;
    private final Duration timeout;
    private Backend fileBackend;
    private WorkerBackend specBackend;

    /**
     * @param checks the target-fact overrides the cells are judged with
     * @param oracle runs judged cells under QEMU too, or null
     */
    Compilation(boolean inProcess, Duration timeout, String llvm, Toolchains toolchains, CheckOptions checks, Oracle oracle) {
        this.inProcess = inProcess;
        this.timeout = timeout;
        this.llvm = llvm;
        this.toolchains = toolchains;
        this.checks = checks;
        this.oracle = oracle;
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

    /** A file's cell: compiled on the chosen backend and judged through the one pipeline. */
    Cell judgeFile(Path file, CompileOptions options) {
        IrSource source = IrSource.read(file);
        Cell cell = new CellPipeline(fileBackend(), checks, oracle).run(source, options);
        if (cell.outcome() == Outcome.REJECTED && cell.message().contains(UNREADABLE)) {
            return cell.withMessage(cell.message() + "\n  " + readersOf(new CompileRequest(source, options)));
        }
        return cell;
    }

    /**
     * A handler description's cell: built (and, on the embedded LLVM, compiled) in a worker JVM of
     * the embedded LLVM, then judged. With --llvm naming another LLVM, the built IR is compiled there
     * like a file.
     */
    Cell judgeSpec(HandlerOptions handler, TargetOptions target, Set<CompileOptions.Emit> emit) {
        HandlerSpec spec = spec(handler, target);
        CompileOptions options = target.toCompileOptions(emit, false);
        Optional<IrSource> ir = builtForOtherLlvm(spec, options);
        // Not closed with the pipeline: the backends serve this command's other compiles too.
        return ir.isPresent() ? new CellPipeline(fileBackend(), checks, oracle).run(ir.get(), options)
                : new CellPipeline(specBackend(), checks, oracle).run(spec, options);
    }

    /**
     * When --llvm names an LLVM other than the embedded one (which builds descriptions): the
     * description's IR as the embedded LLVM builds it, without the passes (the named LLVM runs them).
     * Empty on the embedded LLVM, or when the build was refused (the embedded LLVM then says why).
     */
    private Optional<IrSource> builtForOtherLlvm(HandlerSpec spec, CompileOptions options) {
        if (toolchains.resolveOne(llvm).equals(Toolchains.embeddedName())) {
            return Optional.empty();
        }
        CompileOutcome ir = specBackend().compile(spec, options.withPasses(List.of()).withEmit(CompileOptions.Emit.IR));
        return ir.compiled() ? Optional.of(IrSource.ofText("handler spec " + spec.name(), ir.result().ir())) : Optional.empty();
    }

    /** Handlers of an ELF object or executable compiled elsewhere, judged. */
    Cell judgeObject(String name, byte[] elf, DecodedObject decoded, String features, List<StaticCheck.Handler> handlers) {
        return new CellPipeline(null, checks, oracle).judge(name, elf, decoded, features, handlers);
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

    /**
     * A handler description compiled in a worker JVM of the embedded LLVM, with or without
     * {@code --in-process} (which is about files): a description is the user's input too, and LLVM
     * dying on it must cost this compile, not iretlab.
     */
    CompileOutcome compileSpec(HandlerOptions handler, TargetOptions target, Set<CompileOptions.Emit> emit) {
        HandlerSpec spec = spec(handler, target);
        CompileOptions options = target.toCompileOptions(emit, false);
        Optional<IrSource> ir = builtForOtherLlvm(spec, options);
        return ir.isPresent() ? fileBackend().compile(new CompileRequest(ir.get(), options)) : specBackend().compile(spec, options);
    }

    private WorkerBackend specBackend() {
        if (fileBackend instanceof WorkerBackend w && w.name().equals(Toolchains.embeddedName())) {
            return w;
        }
        if (specBackend == null) {
            specBackend = WorkerBackend.sameLlvm(timeout);
        }
        return specBackend;
    }

    private static HandlerSpec spec(HandlerOptions handler, TargetOptions target) {
        if (target.triple == null) {
            throw new InputException("a handler built from options needs --triple, e.g. --triple i386-unknown-none");
        }
        try {
            return handler.toSpec(target.toTarget());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
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
        if (specBackend != null) {
            specBackend.close();
        }
    }
}
