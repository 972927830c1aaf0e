package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.global.LLVM;

/**
 * Process-wide LLVM set-up: the X86 target, once. Everything that talks to LLVM goes through here
 * first, so the native library is loaded and the target registered exactly once per JVM.
 */
public final class Llvm {
    private static volatile boolean initialised;

    private Llvm() {}

    public static void ensureInitialised() {
        if (initialised) {
            return;
        }
        synchronized (Llvm.class) {
            if (!initialised) {
                LLVMInitializeX86TargetInfo();
                LLVMInitializeX86Target();
                LLVMInitializeX86TargetMC();
                LLVMInitializeX86AsmPrinter();
                LLVMInitializeX86AsmParser();
                LLVMInitializeX86Disassembler();
                if (presetVersion().startsWith("13.")) {
                    // LLVM 13 reads opaque-pointer IR (what every case is written in) only when told
                    // so before any context exists; the option is process-wide, as LLVM's options are.
                    PointerPointer<BytePointer> argv = new PointerPointer<>(2);
                    argv.put(0, new BytePointer("iretlab"));
                    argv.put(1, new BytePointer("-force-opaque-pointers"));
                    LLVMParseCommandLineOptions(2, argv, new BytePointer("iretlab"));
                }
                initialised = true;
            }
        }
    }

    /** The version of the LLVM on the classpath, e.g. "20.1.7"; LLVM 13 and 15 lack LLVMGetVersion. */
    public static String version() {
        ensureInitialised();
        try {
            int[] major = new int[1], minor = new int[1], patch = new int[1];
            LLVMGetVersion(major, minor, patch);
            return major[0] + "." + minor[0] + "." + patch[0];
        } catch (UnsatisfiedLinkError | NoSuchMethodError e) {
            return presetVersion().split("-")[0];
        }
    }

    /** The Bytedeco preset version, e.g. "20.1.7-1.5.12", read from the jar's manifest when present. */
    public static String presetVersion() {
        Package p = LLVM.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * The opaque {@code ptr} type of a context. LLVM 13 has no LLVMPointerTypeInContext; with
     * -force-opaque-pointers (set at initialisation) any pointer type it makes is opaque.
     */
    public static org.bytedeco.llvm.LLVM.LLVMTypeRef pointerType(org.bytedeco.llvm.LLVM.LLVMContextRef context) {
        try {
            return LLVMPointerTypeInContext(context, 0);
        } catch (UnsatisfiedLinkError | NoSuchMethodError llvm13) {
            return LLVMPointerType(LLVMInt8TypeInContext(context), 0);
        }
    }

    /** Copies an LLVM-owned message into a Java string and frees it; null stays null. */
    public static String takeMessage(BytePointer message) {
        if (message == null || message.isNull()) {
            return null;
        }
        try {
            return message.getString();
        } finally {
            LLVMDisposeMessage(message);
        }
    }
}
