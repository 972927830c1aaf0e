package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What the IR states about a function the module calls: from the callee's declaration (or
 * definition) and from its call sites. A call-site attribute counts only when every call to that
 * symbol carries it, because the code analysed later knows a call by its target symbol alone.
 *
 * @param symbol the callee's name, or {@link #INDIRECT} for the module's calls through pointers
 * @param noCallerSavedRegisters {@code "no_caller_saved_registers"}: the callee preserves every register it uses
 * @param targetFeatures the declaration's {@code "target-features"}, or null when it states none
 * @param softFloat {@code "use-soft-float"="true"} or {@code +soft-float} in its features: no x87 or vector registers
 * @param noReturn {@code noreturn}: the call does not come back
 * @param stackProbe a function of the module names it in {@code "probe-stack"}: the code generator calls it in prologues
 */
public record CalleeAttributes(String symbol, boolean noCallerSavedRegisters, String targetFeatures, boolean softFloat,
        boolean noReturn, boolean stackProbe) {

    /** The symbol under which the facts of the module's indirect calls are kept. */
    public static final String INDIRECT = "";

    private static final String NCSR = "no_caller_saved_registers";

    /** True when the IR says anything of this callee's registers or return. */
    public boolean statesAnything() {
        return noCallerSavedRegisters || targetFeatures != null || softFloat || noReturn || stackProbe;
    }

    public static List<CalleeAttributes> of(LLVMModuleRef module) {
        int noReturnKind = LLVMGetEnumAttributeKindForName("noreturn", "noreturn".length());
        Map<String, Sites> sites = new LinkedHashMap<>();
        Map<String, LLVMValueRef> declarations = new LinkedHashMap<>();
        Set<String> probes = new LinkedHashSet<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            String probe = value(stringAttribute(fn, "probe-stack"));
            if (probe != null && !probe.isEmpty()) {
                probes.add(probe);
            }
            for (var bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
                for (var inst = LLVMGetFirstInstruction(bb); inst != null && !inst.isNull(); inst = LLVMGetNextInstruction(inst)) {
                    int op = LLVMGetInstructionOpcode(inst);
                    if (op != LLVMCall && op != LLVMInvoke) {
                        continue;
                    }
                    LLVMValueRef callee = function(LLVMGetCalledValue(inst));
                    if (callee == null && isInlineAsm(LLVMGetCalledValue(inst))) {
                        continue;
                    }
                    String symbol = callee == null ? INDIRECT : LLVMGetValueName(callee).getString();
                    if (symbol.startsWith("llvm.")) {
                        continue;
                    }
                    if (callee != null) {
                        declarations.putIfAbsent(symbol, callee);
                    }
                    Sites s = sites.computeIfAbsent(symbol, k -> new Sites());
                    s.allNoCallerSaved &= present(LLVMGetCallSiteStringAttribute(inst, LLVMAttributeFunctionIndex, NCSR, NCSR.length()));
                    s.allNoReturn &= present(LLVMGetCallSiteEnumAttribute(inst, LLVMAttributeFunctionIndex, noReturnKind));
                }
            }
        }
        List<CalleeAttributes> out = new ArrayList<>();
        sites.forEach((symbol, s) -> {
            LLVMValueRef decl = declarations.get(symbol);
            boolean ncsr = s.allNoCallerSaved || decl != null && present(stringAttribute(decl, NCSR));
            boolean noReturn = s.allNoReturn || decl != null && present(LLVMGetEnumAttributeAtIndex(decl, LLVMAttributeFunctionIndex, noReturnKind));
            String features = decl == null ? null : value(stringAttribute(decl, "target-features"));
            boolean softFloat = decl != null && "true".equals(value(stringAttribute(decl, "use-soft-float")))
                    || features != null && List.of(features.split(",")).contains("+soft-float");
            out.add(new CalleeAttributes(symbol, ncsr, features, softFloat, noReturn, probes.remove(symbol)));
        });
        // Probes are called by the code generator, not by the IR: only the attribute names them.
        probes.forEach(p -> out.add(new CalleeAttributes(p, false, null, false, false, true)));
        return out;
    }

    /** Every call of one symbol seen so far carries the attribute. */
    private static final class Sites {
        boolean allNoCallerSaved = true;
        boolean allNoReturn = true;
    }

    /** The function a call goes to, through the pointer casts typed-pointer IR puts around it; null for an indirect call. */
    private static LLVMValueRef function(LLVMValueRef called) {
        LLVMValueRef v = called;
        while (v != null && !v.isNull() && isNonNull(LLVMIsAConstantExpr(v)) && LLVMGetConstOpcode(v) == LLVMBitCast) {
            v = LLVMGetOperand(v, 0);
        }
        return v != null && isNonNull(LLVMIsAFunction(v)) ? v : null;
    }

    private static boolean isInlineAsm(LLVMValueRef called) {
        return called != null && isNonNull(LLVMIsAInlineAsm(called));
    }

    private static boolean isNonNull(LLVMValueRef v) {
        return v != null && !v.isNull();
    }

    private static LLVMAttributeRef stringAttribute(LLVMValueRef fn, String key) {
        return LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, key, key.length());
    }

    private static boolean present(LLVMAttributeRef a) {
        return a != null && !a.isNull();
    }

    private static String value(LLVMAttributeRef a) {
        if (!present(a)) {
            return null;
        }
        IntPointer length = new IntPointer(1);
        var text = LLVMGetStringAttributeValue(a, length);
        byte[] bytes = new byte[length.get()];
        text.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
