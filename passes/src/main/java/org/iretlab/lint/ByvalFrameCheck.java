package org.iretlab.lint;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.llvm.Triples;

/**
 * {@code byval-frame-check}: the interrupt prototypes LLVM's X86 backend can lower, checked before
 * codegen so that a bad prototype is a diagnostic instead of a process-killing {@code LLVM ERROR}.
 *
 * <p>The whitelist follows {@code CC_X86_Intr} and {@code X86TargetLowering}: value number 0 is the
 * CPU frame, value number 1 is the error code, any further legalised part is "unsupported x86
 * interrupt prototype" (which is how an error code wider than a register, split into two parts, ends
 * up there too); {@code LowerReturn} refuses a return value and {@code LowerCall} any call with the
 * convention. Variadic handlers and non-integer error codes compile, but mean nothing a CPU can
 * deliver, so they are refused by our rule alone (their diagnostics name no LLVM error). That parameter 0 is {@code ptr byval(T)} is already the IR verifier's rule
 * ("Calling convention parameter requires byval", LLVM 12 and later), so it is not repeated here.
 */
public final class ByvalFrameCheck {
    public static final String NAME = "byval-frame-check";

    static final String FATAL_PROTOTYPE = "unsupported x86 interrupt prototype";
    static final String FATAL_RETURN = "X86 interrupts may not return any value";
    static final String FATAL_CALL = "X86 interrupts may not be called directly";

    /** The rules of this check; each refusal is one of these. */
    public enum Rule {
        RETURNS_VALUE("returns-value", FATAL_RETURN),
        // LLVM 20 compiles a variadic handler without complaint (passes/src/test/resources/prototypes/varargs.ll).
        VARARGS("varargs", null),
        TOO_MANY_PARAMETERS("too-many-parameters", FATAL_PROTOTYPE),
        ERROR_CODE_TOO_WIDE("error-code-too-wide", FATAL_PROTOTYPE),
        ERROR_CODE_NOT_INTEGER("error-code-not-integer", null),
        CALLED_DIRECTLY("called-directly", FATAL_CALL);

        public final String id;
        /** What LLVM does with such input, or null when it is refused by our rule only. */
        public final String llvmFatalError;

        Rule(String id, String llvmFatalError) {
            this.id = id;
            this.llvmFatalError = llvmFatalError;
        }
    }

    private ByvalFrameCheck() {}

    /**
     * Checks every x86_intrcc function and every call site of the module.
     *
     * @param triple the triple codegen will use (decides the native word width)
     */
    public static List<LintDiagnostic> check(LLVMModuleRef module, String triple) {
        List<LintDiagnostic> out = new ArrayList<>();
        int wordBits = Triples.nativeWordBits(triple);
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) == LLVMX86INTRCallConv) {
                checkPrototype(fn, wordBits, out);
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
            out.add(diagnostic(Rule.VARARGS, name,
                    "an interrupt handler cannot be variadic: the CPU pushes a fixed frame"));
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

    private static LintDiagnostic diagnostic(Rule rule, String function, String message) {
        return new LintDiagnostic(NAME, rule.id, function, message, rule.llvmFatalError);
    }

    private static String nameOf(LLVMValueRef value) {
        return LLVMGetValueName(value).getString();
    }

    private static String typeName(LLVMTypeRef type) {
        return org.iretlab.llvm.Llvm.takeMessage(LLVMPrintTypeToString(type));
    }
}
