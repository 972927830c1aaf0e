package org.iretlab.lint;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.llvm.InlineAsmClobbers;
import org.iretlab.llvm.Llvm;
import org.iretlab.target.Triples;

/**
 * {@code byval-frame-check}: the interrupt prototypes LLVM's X86 backend can lower, and the frame
 * uses that compile to wrong code, checked before codegen on every handler, so that a bad prototype
 * is a diagnostic instead of a process-killing {@code LLVM ERROR}.
 *
 * <p>The prototype rules follow {@code CC_X86_Intr} and {@code X86TargetLowering}: value number 0 is
 * the CPU frame, value number 1 the error code, any further legalised part is "unsupported x86
 * interrupt prototype" (which is how an error code wider than a register, split into two parts, ends
 * up there too); {@code LowerReturn} refuses a return value and {@code LowerCall} any call with the
 * convention. Variadic, naked and non-integer-error-code handlers compile but mean nothing a CPU can
 * deliver, so they are refused by our rules alone. That parameter 0 is {@code ptr byval(T)} is the IR
 * verifier's rule (LLVM 12 and later); this check names the frame types that pass it but go wrong.
 */
public final class ByvalFrameCheck {
    public static final String NAME = "byval-frame-check";
    /** A handler entered from user mode, where the CPU also pushes SP and SS: the frame's words 3 and 4 exist. */
    public static final String USER_MODE_ENTRY = "iretlab-user-mode-entry";

    static final String FATAL_PROTOTYPE = "unsupported x86 interrupt prototype";
    static final String FATAL_RETURN = "X86 interrupts may not return any value";
    static final String FATAL_CALL = "X86 interrupts may not be called directly";

    /** The rules of this check. */
    public enum Rule {
        RETURNS_VALUE("returns-value", LintDiagnostic.Severity.ERROR, FATAL_RETURN, null),
        VARARGS("varargs", LintDiagnostic.Severity.ERROR, null,
                "a variadic handler walks the interrupted code's stack as its arguments"),
        NAKED("naked", LintDiagnostic.Severity.ERROR, null,
                "a naked handler gets no register saves and no iret: LLVM emits the body only"),
        TOO_MANY_PARAMETERS("too-many-parameters", LintDiagnostic.Severity.ERROR, FATAL_PROTOTYPE, null),
        ERROR_CODE_TOO_WIDE("error-code-too-wide", LintDiagnostic.Severity.ERROR, FATAL_PROTOTYPE, null),
        ERROR_CODE_NOT_INTEGER("error-code-not-integer", LintDiagnostic.Severity.ERROR, null,
                "the pushed word read as a floating-point or pointer value"),
        ERROR_CODE_NARROW("error-code-narrow", LintDiagnostic.Severity.WARNING, null,
                "only the low half of the 64-bit word the CPU pushed is read"),
        FRAME_BY_REFERENCE("frame-by-reference", LintDiagnostic.Severity.WARNING, null,
                "the saved instruction pointer read as if it were a pointer to the frame (rust#162457)"),
        FRAME_UNSIZED("frame-unsized", LintDiagnostic.Severity.ERROR, null,
                "a module LLVM's verifier refuses: byval needs a sized type"),
        FRAME_TOO_LARGE("frame-too-large", LintDiagnostic.Severity.WARNING, null,
                "reads of the interrupted code's stack beyond the five words the CPU pushes"),
        FRAME_USER_WORDS("frame-user-words", LintDiagnostic.Severity.WARNING, null,
                "reads of the frame's SP/SS words, which a 32-bit CPU pushes only when entered from user mode"),
        FRAME_WRITE_NOT_VOLATILE("frame-write-not-volatile", LintDiagnostic.Severity.WARNING, null,
                "a frame write that the optimiser may remove (the byval frame is a copy by IR semantics)"),
        CALLED_DIRECTLY("called-directly", LintDiagnostic.Severity.ERROR, FATAL_CALL, null),
        RESERVED_REGISTER_CLOBBER("reserved-register-clobber", LintDiagnostic.Severity.WARNING, null,
                "a lost way back to the entry SP: realignment keeps it in the frame pointer (EBP/RBP), dynamic "
                        + "allocas in the base pointer (ESI on 32-bit, RBX on 64-bit)");

        public final String id;
        public final LintDiagnostic.Severity severity;
        /** What LLVM does with such input, or null when it compiles it. */
        public final String llvmFatalError;
        /** The wrong code the rule prevents, for rules about input LLVM compiles. */
        public final String prevents;

        Rule(String id, LintDiagnostic.Severity severity, String llvmFatalError, String prevents) {
            this.id = id;
            this.severity = severity;
            this.llvmFatalError = llvmFatalError;
            this.prevents = prevents;
        }
    }

    private ByvalFrameCheck() {}

    /**
     * Checks every x86_intrcc function and every call site of the module. Safe on a module that
     * failed verification (it only reads types, attributes and instructions).
     *
     * @param triple the triple codegen will use (decides the native word width)
     */
    public static List<LintDiagnostic> check(LLVMModuleRef module, String triple) {
        List<LintDiagnostic> out = new ArrayList<>();
        int wordBits = Triples.nativeWordBits(triple);
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) == LLVMX86INTRCallConv) {
                checkPrototype(fn, wordBits, out);
                if (LLVMIsDeclaration(fn) == 0) {
                    checkFrame(module, fn, wordBits, out);
                    checkAsm(fn, wordBits, out);
                }
            }
            checkCallSites(fn, out);
        }
        return out;
    }

    private static void checkPrototype(LLVMValueRef fn, int wordBits, List<LintDiagnostic> out) {
        String name = nameOf(fn);
        LLVMTypeRef fnType = LLVMGlobalGetValueType(fn);
        if (LLVMGetTypeKind(LLVMGetReturnType(fnType)) != LLVMVoidTypeKind) {
            out.add(diagnostic(Rule.RETURNS_VALUE, name,
                    "an interrupt handler must return void; return values have nowhere to go across iret"));
        }
        if (LLVMIsFunctionVarArg(fnType) != 0) {
            out.add(diagnostic(Rule.VARARGS, name, "an interrupt handler cannot be variadic: the CPU pushes a fixed frame"));
        }
        if (hasEnumAttribute(fn, "naked")) {
            out.add(diagnostic(Rule.NAKED, name, "an interrupt handler cannot be naked: drop the attribute"));
        }
        int params = LLVMCountParamTypes(fnType);
        if (params > 2) {
            out.add(diagnostic(Rule.TOO_MANY_PARAMETERS, name, "an interrupt handler takes 0, 1 (frame) or 2 "
                    + "(frame, error code) parameters, this one takes " + params));
        } else if (params == 2) {
            LLVMTypeRef errorCode = LLVMTypeOf(LLVMGetParam(fn, 1));
            if (LLVMGetTypeKind(errorCode) != LLVMIntegerTypeKind) {
                out.add(diagnostic(Rule.ERROR_CODE_NOT_INTEGER, name, "the error code (parameter 2) must be an "
                        + "integer of the native word width (i" + wordBits + "), not " + typeName(errorCode)));
            } else if (LLVMGetIntTypeWidth(errorCode) > wordBits) {
                out.add(diagnostic(Rule.ERROR_CODE_TOO_WIDE, name, "the error code is i"
                        + LLVMGetIntTypeWidth(errorCode) + " but the CPU pushes one i" + wordBits
                        + " word; declare it as i" + wordBits));
            } else if (wordBits == 64 && LLVMGetIntTypeWidth(errorCode) == 32) {
                out.add(diagnostic(Rule.ERROR_CODE_NARROW, name, "the error code is i32 but the CPU pushes an i64 "
                        + "word on x86-64; declare it as i64 (Clang requires unsigned long)"));
            }
        }
        if (params >= 1) {
            LLVMTypeRef frame = byvalType(fn);
            if (frame != null && LLVMGetTypeKind(frame) == LLVMPointerTypeKind) {
                out.add(diagnostic(Rule.FRAME_BY_REFERENCE, name, "the frame is byval(ptr): the handler gets the "
                        + "frame's first word (the saved instruction pointer) as a pointer; take the frame by value, "
                        + "byval(<frame struct>)"));
            } else if (frame != null && LLVMTypeIsSized(frame) == 0) {
                out.add(diagnostic(Rule.FRAME_UNSIZED, name, "the frame type " + typeName(frame) + " has no size "
                        + "(an opaque or incomplete struct); give byval a sized type such as the complete frame struct"));
            }
        }
    }

    private static void checkFrame(LLVMModuleRef module, LLVMValueRef fn, int wordBits, List<LintDiagnostic> out) {
        String name = nameOf(fn);
        LLVMTypeRef frame = LLVMCountParams(fn) > 0 ? byvalType(fn) : null;
        LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
        int word = wordBits / 8;
        if (frame != null && LLVMTypeIsSized(frame) != 0 && LLVMABISizeOfType(layout, frame) > 5L * word) {
            out.add(diagnostic(Rule.FRAME_TOO_LARGE, name, "the frame type is " + LLVMABISizeOfType(layout, frame)
                    + " bytes, but the CPU pushes at most 5 words (" + 5 * word + " bytes)"));
        }
        for (FrameStores.Store s : FrameStores.of(module)) {
            if (s.function().equals(name) && !s.isVolatile()) {
                out.add(diagnostic(Rule.FRAME_WRITE_NOT_VOLATILE, name, "a non-volatile store to the frame at offset "
                        + (s.offset() == null ? "(variable)" : s.offset()) + " may be removed by the optimiser; make it volatile"));
            }
        }
        if (wordBits == 32 && !hasStringAttribute(fn, USER_MODE_ENTRY)) {
            for (Long offset : FrameStores.loads(module, name)) {
                if (offset != null && offset >= 3L * word) {
                    out.add(diagnostic(Rule.FRAME_USER_WORDS, name, "reads the frame at offset " + offset
                            + " (SP/SS), which the CPU pushes only on entry from user mode; mark the handler \""
                            + USER_MODE_ENTRY + "\" if it is entered from there"));
                    break;
                }
            }
        }
    }

    private static void checkAsm(LLVMValueRef fn, int wordBits, List<LintDiagnostic> out) {
        List<String> reserved = wordBits == 64 ? List.of("rbp", "rbx") : List.of("ebp", "esi");
        for (String clobber : InlineAsmClobbers.of(fn)) {
            if (reserved.contains(clobber)) {
                out.add(diagnostic(Rule.RESERVED_REGISTER_CLOBBER, nameOf(fn), "inline asm clobbers " + clobber
                        + ", which stack realignment reserves as the " + (clobber.endsWith("bp") ? "frame" : "base")
                        + " pointer; save and restore it inside the asm instead"));
            }
        }
    }

    private static void checkCallSites(LLVMValueRef fn, List<LintDiagnostic> out) {
        for (var bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
            for (var inst = LLVMGetFirstInstruction(bb); inst != null && !inst.isNull(); inst = LLVMGetNextInstruction(inst)) {
                int opcode = LLVMGetInstructionOpcode(inst);
                if (opcode != LLVMCall && opcode != LLVMInvoke && opcode != LLVMCallBr) {
                    continue;
                }
                LLVMValueRef callee = LLVMGetCalledValue(inst);
                boolean calleeIsHandler = LLVMIsAFunction(callee) != null && !LLVMIsAFunction(callee).isNull()
                        && LLVMGetFunctionCallConv(callee) == LLVMX86INTRCallConv;
                if (LLVMGetInstructionCallConv(inst) == LLVMX86INTRCallConv || calleeIsHandler) {
                    String target = calleeIsHandler ? "@" + nameOf(callee) : "an x86_intrcc function pointer";
                    out.add(diagnostic(Rule.CALLED_DIRECTLY, nameOf(fn), "calls " + target
                            + "; interrupt handlers are entered only by the CPU (install it in the IDT instead)"));
                }
            }
        }
    }

    /** The byval type of parameter 0, or null when it has none. */
    private static LLVMTypeRef byvalType(LLVMValueRef fn) {
        int byval = LLVMGetEnumAttributeKindForName("byval", 5);
        var attribute = LLVMGetEnumAttributeAtIndex(fn, 1, byval);
        return attribute == null || attribute.isNull() ? null : LLVMGetTypeAttributeValue(attribute);
    }

    private static boolean hasEnumAttribute(LLVMValueRef fn, String name) {
        var a = LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMGetEnumAttributeKindForName(name, name.length()));
        return a != null && !a.isNull();
    }

    private static boolean hasStringAttribute(LLVMValueRef fn, String name) {
        var a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, name, name.length());
        return a != null && !a.isNull();
    }

    private static LintDiagnostic diagnostic(Rule rule, String function, String message) {
        return new LintDiagnostic(NAME, rule.id, rule.severity, function, message, rule.llvmFatalError, rule.prevents);
    }

    private static String nameOf(LLVMValueRef value) {
        return LLVMGetValueName(value).getString();
    }

    private static String typeName(LLVMTypeRef type) {
        return Llvm.takeMessage(LLVMPrintTypeToString(type));
    }
}
