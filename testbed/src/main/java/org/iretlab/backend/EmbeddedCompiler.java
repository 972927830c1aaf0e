package org.iretlab.backend;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.iretlab.handler.HandlerIrBuilder;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.lint.FrameStores;
import org.iretlab.llvm.InterruptHandlers;
import org.iretlab.analysis.AnalyserTrial;
import org.iretlab.llvm.Llvm;
import org.iretlab.llvm.LlvmDiagnostic;
import org.iretlab.llvm.LlvmSession;
import org.iretlab.target.Target;

/**
 * Compiles on the LLVM of this JVM, in memory, on the calling thread's context and target machines.
 * Bad input and LLVM error diagnostics throw {@link InputException}; what would make LLVM abort
 * is refused before codegen by byval-frame-check (unless the options skip it, which only a worker
 * process may survive).
 */
public final class EmbeddedCompiler {
    private final String backendName;

    public EmbeddedCompiler(String backendName) {
        this.backendName = backendName;
    }

    /** The name of the embedded backend, from the LLVM on the classpath: {@code embedded-20}. */
    public static String embeddedName() {
        return "embedded-" + Llvm.version().split("\\.")[0];
    }

    public CompileResult compile(IrSource source, CompileOptions options) {
        LLVMModuleRef module = IrReader.read(source);
        try {
            Target target = options.triple() != null ? options.target() : options.target().withTriple(moduleTriple(module, source.name()));
            return codegen(module, target, options, source);
        } finally {
            LLVMDisposeModule(module);
        }
    }

    /** A handler built from its description, on its target's triple, CPU and features (the options give the rest). */
    public CompileResult compile(HandlerSpec spec, CompileOptions options) {
        Target target = options.target().withTripleCpuAndFeaturesOf(spec.target());
        refuseUnusable(target, "handler spec");
        LlvmSession session = LlvmSession.current();
        LLVMTargetMachineRef tm;
        try {
            tm = session.targetMachine(target);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        LLVMModuleRef module = new HandlerIrBuilder(session.context(), tm).build(spec);
        try {
            return codegen(module, target, options, null);
        } finally {
            LLVMDisposeModule(module);
        }
    }

    private CompileResult codegen(LLVMModuleRef module, Target target, CompileOptions options, IrSource source) {
        String where = source == null ? "handler spec" : source.name();
        String triple = target.triple();
        List<String> warnings = new ArrayList<>(ModulePreparation.lint(module, triple, options.skipPrototypeCheck(), source, where));
        refuseUnusable(target, where);
        LlvmSession session = LlvmSession.current();
        LLVMTargetMachineRef tm;
        try {
            tm = session.targetMachine(target);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": " + e.getMessage());
        }
        // As llc -mtriple does: the chosen target overrides the module's triple and layout.
        LLVMSetTarget(module, triple);
        warnings.addAll(UnknownFeatures.drop(module, triple, backendName, where));
        LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(tm);
        LLVMSetModuleDataLayout(module, layout);
        LLVMDisposeTargetData(layout);

        LLVMTargetMachineRef trialTm = tm;
        List<String> passLog = ModulePreparation.applyPasses(module, triple, target.features(), options.passes(), where, new AnalyserTrial(m -> {
            // Codegen rewrites the IR it runs on: the trial compiles a copy.
            LLVMModuleRef copy = LLVMCloneModule(m);
            try {
                return emitObject(copy, trialTm, where + " (trial compile)");
            } finally {
                LLVMDisposeModule(copy);
            }
        }, triple, target.features()));
        List<InterruptHandlers.Prototype> handlers = InterruptHandlers.of(module);
        List<FrameStores.Store> dropped = List.of();
        if (options.pipeline() != null && !options.pipeline().isBlank()) {
            List<FrameStores.Store> before = FrameStores.of(module);
            runPipeline(module, tm, options.pipeline(), where);
            dropped = FrameStores.dropped(before, FrameStores.of(module));
        }
        String ir = options.emit().contains(CompileOptions.Emit.IR)
                ? Llvm.takeMessage(LLVMPrintModuleToString(module)) : null;
        String asm = null;
        byte[] object = null;
        boolean both = options.emit().contains(CompileOptions.Emit.ASM) && options.emit().contains(CompileOptions.Emit.OBJ);
        if (options.emit().contains(CompileOptions.Emit.ASM)) {
            // Codegen rewrites the IR it runs on (CodeGenPrepare), so the object gets a pristine copy.
            LLVMModuleRef copy = both ? LLVMCloneModule(module) : module;
            try {
                asm = new String(emit(copy, tm, LLVMAssemblyFile, where, warnings), StandardCharsets.UTF_8);
            } finally {
                if (both) {
                    LLVMDisposeModule(copy);
                }
            }
        }
        if (options.emit().contains(CompileOptions.Emit.OBJ)) {
            object = emit(module, tm, LLVMObjectFile, where, warnings);
        }
        return new CompileResult(backendName, Llvm.version(), target, asm, object, ir, warnings, handlers, dropped, passLog);
    }

    /**
     * A CPU this LLVM does not know, or a CPU and features it dies on, refused before this process's
     * LLVM sees them (asked once per target in a child, see {@link TargetProbe}).
     */
    private void refuseUnusable(Target target, String where) {
        TargetProbe.problemForThisLlvm(target, backendName).ifPresent(problem -> {
            throw new InputException(where + ": " + problem);
        });
    }

    private static void runPipeline(LLVMModuleRef module, LLVMTargetMachineRef tm, String pipeline, String where) {
        LLVMPassBuilderOptionsRef passOptions = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef error = LLVMRunPasses(module, pipeline, tm, passOptions);
            if (error != null && !error.isNull()) {
                throw new InputException(where + ": pipeline '" + pipeline + "' failed: "
                        + Llvm.takeMessage(LLVMGetErrorMessage(error))
                        + "\n  give a new-pass-manager pipeline as opt -passes takes it, e.g. default<O2>");
            }
        } finally {
            LLVMDisposePassBuilderOptions(passOptions);
        }
    }

    /** An ELF object of the module; LLVM's error diagnostics (bad inline asm among them) throw. */
    static byte[] emitObject(LLVMModuleRef module, LLVMTargetMachineRef tm, String where) {
        return emit(module, tm, LLVMObjectFile, where, new ArrayList<>());
    }

    private static byte[] emit(LLVMModuleRef module, LLVMTargetMachineRef tm, int fileType, String where,
            List<String> warnings) {
        LlvmSession session = LlvmSession.current();
        LLVMMemoryBufferRef buffer = new LLVMMemoryBufferRef();
        BytePointer error = new BytePointer();
        int failed = LLVMTargetMachineEmitToMemoryBuffer(tm, module, fileType, error, buffer);
        List<LlvmDiagnostic> diagnostics = session.drainDiagnostics();
        String message = Llvm.takeMessage(error);
        List<String> errors = new ArrayList<>();
        for (LlvmDiagnostic d : diagnostics) {
            if (d.severity() == LlvmDiagnostic.Severity.ERROR) {
                errors.add(d.message());
            } else if (d.severity() == LlvmDiagnostic.Severity.WARNING && !warnings.contains(d.message())) {
                warnings.add(d.message());
            }
        }
        if (failed != 0 && message != null) {
            errors.add(message);
        }
        if (!errors.isEmpty() || failed != 0) {
            if (buffer != null && !buffer.isNull()) {
                LLVMDisposeMemoryBuffer(buffer);
            }
            throw new InputException(where + ": LLVM refused to generate code: " + String.join("\n  ", errors));
        }
        try {
            BytePointer start = LLVMGetBufferStart(buffer);
            byte[] out = new byte[(int) LLVMGetBufferSize(buffer)];
            start.get(out);
            return out;
        } finally {
            LLVMDisposeMemoryBuffer(buffer);
        }
    }

    private static String moduleTriple(LLVMModuleRef module, String where) {
        String triple = LLVMGetTarget(module).getString();
        if (triple.isEmpty()) {
            throw new InputException(where + ": the module has no target triple: give --triple, "
                    + "e.g. --triple i386-unknown-none or --triple x86_64-unknown-none");
        }
        return triple;
    }
}
