package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Calls whose first argument is the address of a local aligned to more than 16 bytes. The execution
 * oracle's stand-ins log that argument, so the alignment the handler really gave the local is
 * seen at the call even where QEMU cannot run the instructions that use it (AVX-512).
 */
public final class OverAlignedArguments {
    /** A call to {@code callee} passing a local whose alloca asks for {@code alignment} bytes. */
    public record Argument(String callee, int alignment) {}

    /** What the stack is always aligned to at a call on every x86 target: more is what needs realignment. */
    private static final int ORDINARY = 16;

    private OverAlignedArguments() {}

    public static List<Argument> of(LLVMValueRef function) {
        List<Argument> out = new ArrayList<>();
        for (var bb = LLVMGetFirstBasicBlock(function); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
            for (var inst = LLVMGetFirstInstruction(bb); inst != null && !inst.isNull(); inst = LLVMGetNextInstruction(inst)) {
                if (LLVMGetInstructionOpcode(inst) != LLVMCall || LLVMGetNumArgOperands(inst) == 0) {
                    continue;
                }
                LLVMValueRef callee = LLVMGetCalledValue(inst);
                if (LLVMIsAFunction(callee) == null || LLVMIsAFunction(callee).isNull()) {
                    continue;
                }
                LLVMValueRef local = alloca(LLVMGetOperand(inst, 0));
                if (local != null && LLVMGetAlignment(local) > ORDINARY) {
                    Argument a = new Argument(LLVMGetValueName(callee).getString(), LLVMGetAlignment(local));
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** The alloca a pointer is, or null: the argument must be the local's own address, not a part of it. */
    private static LLVMValueRef alloca(LLVMValueRef value) {
        LLVMValueRef a = LLVMIsAAllocaInst(value);
        return a == null || a.isNull() ? null : a;
    }
}
