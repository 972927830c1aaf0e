package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** The x86_intrcc functions a module defines. */
public final class InterruptHandlers {

    /**
     * A defined handler: its symbol, how many parameters it takes (2 means it has an error code),
     * the registers its inline asm declares it clobbers, the over-aligned locals it passes to callees, and
     * what the module's IR states of every function called in it (the handler's callees and theirs).
     */
    public record Prototype(String name, int parameters, List<String> asmClobbers,
            List<OverAlignedArguments.Argument> overAligned, List<CalleeAttributes> callees) {
        public boolean hasErrorCode() {
            return parameters == 2;
        }
    }

    private InterruptHandlers() {}

    public static List<Prototype> of(LLVMModuleRef module) {
        List<Prototype> out = new ArrayList<>();
        List<CalleeAttributes> callees = null;
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) == LLVMX86INTRCallConv && LLVMIsDeclaration(fn) == 0) {
                callees = callees == null ? CalleeAttributes.of(module) : callees;
                out.add(new Prototype(LLVMGetValueName(fn).getString(), LLVMCountParams(fn),
                        InlineAsmClobbers.of(fn), OverAlignedArguments.of(fn), callees));
            }
        }
        return out;
    }
}
