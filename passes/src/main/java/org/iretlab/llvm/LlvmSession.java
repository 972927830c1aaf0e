package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * One thread's LLVM: a context with our diagnostic handler and the target machines made so far.
 * LLVM contexts and target machines must not be shared between threads for codegen, and making
 * them is the expensive part of a small compile, so each thread keeps its own and reuses them.
 */
public final class LlvmSession {
    private static final ThreadLocal<LlvmSession> CURRENT = ThreadLocal.withInitial(LlvmSession::new);

    private final LLVMContextRef context;
    private final DiagnosticCollector diagnostics = new DiagnosticCollector();
    private final Map<TargetMachineKey, LLVMTargetMachineRef> machines = new HashMap<>();

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

    /** The target machine for the key, made on first use. */
    public LLVMTargetMachineRef targetMachine(TargetMachineKey key) {
        LLVMTargetMachineRef tm = machines.get(key);
        if (tm == null) {
            tm = create(key);
            machines.put(key, tm);
        }
        return tm;
    }

    private static LLVMTargetMachineRef create(TargetMachineKey key) {
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
                key.llvmOptLevel(), TargetMachineKey.llvmRelocationModel(key.relocationModel()),
                TargetMachineKey.llvmCodeModel(key.codeModel()));
        matchLlc(tm, key);
        return tm;
    }

    /**
     * Makes the output read like a hand-run llc's: verbose assembly (spill and block comments) and,
     * at -O0, FastISel. The setters exist from LLVM 18; older LLVMs keep their C API defaults.
     */
    private static void matchLlc(LLVMTargetMachineRef tm, TargetMachineKey key) {
        try {
            LLVMSetTargetMachineAsmVerbosity(tm, 1);
            if (key.optLevel() == 0) {
                LLVMSetTargetMachineFastISel(tm, 1);
            }
        } catch (UnsatisfiedLinkError | NoSuchMethodError olderLlvm) {
            // Same code, fewer comments: the normaliser drops comments anyway.
        }
    }
}
