package org.iretlab.lint;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetDataRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The stores into each handler's by-value frame: through the frame parameter itself or a chain of
 * constant getelementptrs on it, by byte offset (the optimiser respells GEPs, offsets stay).
 * Comparing them before and after an IR pipeline shows the writes the optimiser dropped, which it
 * may: by IR semantics the byval frame is the handler's private copy.
 */
public final class FrameStores {

    /** One store: the handler, the byte offset into the frame (null when not constant), volatile or not. */
    public record Store(String function, Long offset, boolean isVolatile) {
        public String describe() {
            return "@" + function + ": " + (isVolatile ? "volatile " : "") + "store to the frame at offset "
                    + (offset == null ? "(variable)" : offset.toString());
        }
    }

    private FrameStores() {}

    public static List<Store> of(LLVMModuleRef module) {
        List<Store> out = new ArrayList<>();
        forEachFrameAccess(module, LLVMStore, 1, (name, offset, inst) -> out.add(new Store(name, offset, LLVMGetVolatile(inst) != 0)));
        return out;
    }

    /** The byte offsets (null when not constant) of the loads from one handler's frame. */
    public static List<Long> loads(LLVMModuleRef module, String function) {
        List<Long> out = new ArrayList<>();
        forEachFrameAccess(module, LLVMLoad, 0, (name, offset, inst) -> {
            if (name.equals(function)) {
                out.add(offset);
            }
        });
        return out;
    }

    private interface FrameAccess {
        void accept(String function, Long offset, LLVMValueRef instruction);
    }

    /** Calls back for each instruction of the opcode whose pointer operand lies in a handler's frame. */
    private static void forEachFrameAccess(LLVMModuleRef module, int opcode, int pointerOperand, FrameAccess action) {
        LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) != LLVMX86INTRCallConv || LLVMIsDeclaration(fn) != 0 || LLVMCountParams(fn) == 0) {
                continue;
            }
            LLVMValueRef frame = LLVMGetParam(fn, 0);
            String name = LLVMGetValueName(fn).getString();
            for (var bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
                for (var inst = LLVMGetFirstInstruction(bb); inst != null && !inst.isNull(); inst = LLVMGetNextInstruction(inst)) {
                    if (LLVMGetInstructionOpcode(inst) == opcode) {
                        Offset o = offsetInto(LLVMGetOperand(inst, pointerOperand), frame, layout);
                        if (o != null) {
                            action.accept(name, o.bytes, inst);
                        }
                    }
                }
            }
        }
    }

    /** The stores of {@code before} that {@code after} no longer has (matched by handler and offset). */
    public static List<Store> dropped(List<Store> before, List<Store> after) {
        List<Store> remaining = new ArrayList<>(after);
        List<Store> gone = new ArrayList<>();
        for (Store s : before) {
            Store match = remaining.stream()
                    .filter(a -> a.function().equals(s.function()) && Objects.equals(a.offset(), s.offset()))
                    .findFirst().orElse(null);
            if (match == null) {
                gone.add(s);
            } else {
                remaining.remove(match);
            }
        }
        return gone;
    }

    private record Offset(Long bytes) {}

    /** The byte offset of the pointer into the frame, or null when the pointer is not derived from it. */
    private static Offset offsetInto(LLVMValueRef pointer, LLVMValueRef frame, LLVMTargetDataRef layout) {
        long total = 0;
        boolean constant = true;
        LLVMValueRef p = pointer;
        while (!p.equals(frame)) {
            LLVMValueRef gep = LLVMIsAGetElementPtrInst(p);
            if (gep == null || gep.isNull()) {
                return null;
            }
            Long offset = gepOffset(p, layout);
            if (offset == null) {
                constant = false;
            } else {
                total += offset;
            }
            p = LLVMGetOperand(p, 0);
        }
        return new Offset(constant ? total : null);
    }

    /**
     * The type a GEP indexes into, or null where the C API cannot tell: LLVM 13 has no
     * LLVMGetGEPSourceElementType (added in 14), and reads every file with opaque pointers (see
     * Llvm), whose pointer types carry no element type. There the GEP's offset is unknown.
     */
    private static LLVMTypeRef sourceElementType(LLVMValueRef gep) {
        try {
            return LLVMGetGEPSourceElementType(gep);
        } catch (NoSuchMethodError | UnsatisfiedLinkError olderLlvm) {
            return null;
        }
    }

    private static Long gepOffset(LLVMValueRef gep, LLVMTargetDataRef layout) {
        LLVMTypeRef type = sourceElementType(gep);
        if (type == null) {
            return null;
        }
        long offset = 0;
        for (int k = 1; k < LLVMGetNumOperands(gep); k++) {
            LLVMValueRef index = LLVMGetOperand(gep, k);
            if (LLVMIsAConstantInt(index) == null || LLVMIsAConstantInt(index).isNull()) {
                return null;
            }
            long i = LLVMConstIntGetSExtValue(index);
            if (k == 1) {
                offset += i * LLVMABISizeOfType(layout, type);
            } else if (LLVMGetTypeKind(type) == LLVMStructTypeKind) {
                offset += LLVMOffsetOfElement(layout, type, (int) i);
                type = LLVMStructGetTypeAtIndex(type, (int) i);
            } else {
                type = LLVMGetElementType(type);
                offset += i * LLVMABISizeOfType(layout, type);
            }
        }
        return offset;
    }
}
