package org.iretlab.llvm;

import org.iretlab.target.Triples;
import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;
import org.iretlab.target.Target;

/**
 * One thread's LLVM: a context with our diagnostic handler and the target machines made so far.
 * LLVM contexts and target machines must not be shared between threads for codegen, and making
 * them is the expensive part of a small compile, so each thread keeps its own and reuses them.
 */
public final class LlvmSession {
    private static final ThreadLocal<LlvmSession> CURRENT = ThreadLocal.withInitial(LlvmSession::new);

    private final LLVMContextRef context;
    private final DiagnosticCollector diagnostics = new DiagnosticCollector();
    private final Map<Target, LLVMTargetMachineRef> machines = new HashMap<>();

    private LlvmSession() {
        Llvm.ensureInitialised();
        context = LLVMContextCreate();
        diagnostics.installOn(context);
    }

    /** The calling thread's session. */
    public static LlvmSession current() {
        return CURRENT.get();
    }

    public LLVMContextRef context() {
        return context;
    }

    /** Diagnostics LLVM reported since the last call. */
    public List<LlvmDiagnostic> drainDiagnostics() {
        return diagnostics.drain();
    }

    /** The target machine for the target, made on first use. */
    public LLVMTargetMachineRef targetMachine(Target key) {
        LLVMTargetMachineRef tm = machines.get(key);
        if (tm == null) {
            tm = create(key);
            machines.put(key, tm);
        }
        return tm;
    }

    private static LLVMTargetMachineRef create(Target key) {
        if (key.triple() == null || key.triple().isBlank()) {
            throw new IllegalArgumentException("no target triple: give --triple or put one in the module");
        }
        if (key.optLevel() < 0 || key.optLevel() > 3) {
            throw new IllegalArgumentException("optimisation level must be 0 to 3, got " + key.optLevel());
        }
        int codeModel = llvmCodeModel(key.codeModel());
        int relocationModel = llvmRelocationModel(key.relocationModel());
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer();
        if (LLVMGetTargetFromTriple(new BytePointer(key.triple()), target, error) != 0) {
            throw new IllegalArgumentException("unknown target triple '" + key.triple() + "': "
                    + Llvm.takeMessage(error) + " (iretlab handles x86: i386-*, i686-*, x86_64-*)");
        }
        if (!Triples.isX86(key.triple())) {
            throw new IllegalArgumentException("target triple '" + key.triple()
                    + "' is not x86: x86_intrcc exists only for i386-*, i686-* and x86_64-*");
        }
        LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, key.triple(), key.cpu(), key.features(),
                llvmOptLevel(key.optLevel()), relocationModel, codeModel);
        matchLlc(tm, key);
        return tm;
    }

    /**
     * Makes the output read like a hand-run llc's: verbose assembly (spill and block comments) and,
     * at -O0, FastISel. The setters exist from LLVM 18; older LLVMs keep their C API defaults.
     */
    private static void matchLlc(LLVMTargetMachineRef tm, Target key) {
        try {
            LLVMSetTargetMachineAsmVerbosity(tm, 1);
            if (key.optLevel() == 0) {
                LLVMSetTargetMachineFastISel(tm, 1);
            }
        } catch (UnsatisfiedLinkError | NoSuchMethodError olderLlvm) {
            // Same code, fewer comments: the normaliser drops comments anyway.
        }
    }

    private static int llvmOptLevel(int optLevel) {
        return switch (optLevel) {
            case 0 -> LLVMCodeGenLevelNone;
            case 1 -> LLVMCodeGenLevelLess;
            case 2 -> LLVMCodeGenLevelDefault;
            default -> LLVMCodeGenLevelAggressive;
        };
    }

    private static int llvmCodeModel(String name) {
        return switch (name) {
            case "default" -> LLVMCodeModelDefault;
            case "tiny" -> LLVMCodeModelTiny;
            case "small" -> LLVMCodeModelSmall;
            case "kernel" -> LLVMCodeModelKernel;
            case "medium" -> LLVMCodeModelMedium;
            case "large" -> LLVMCodeModelLarge;
            default -> throw new IllegalArgumentException("unknown code model '" + name
                    + "': use default, tiny, small, kernel, medium or large");
        };
    }

    private static int llvmRelocationModel(String name) {
        return switch (name) {
            case "default" -> LLVMRelocDefault;
            case "static" -> LLVMRelocStatic;
            case "pic" -> LLVMRelocPIC;
            case "dynamic-no-pic" -> LLVMRelocDynamicNoPic;
            default -> throw new IllegalArgumentException("unknown relocation model '" + name
                    + "': use default, static, pic or dynamic-no-pic");
        };
    }
}
