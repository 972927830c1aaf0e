package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The registers a function's inline asm declares it clobbers ({@code ~{reg}} in the constraint
 * string). LLVM saves what the declaration names only where its callee-saved lists do: for x87
 * and MMX registers it saves nothing, so a declaration there is a hazard even when the code
 * between #APP and #NO_APP is empty.
 */
public final class InlineAsmClobbers {
    private static final Pattern CLOBBER = Pattern.compile("~\\{([^}]+)\\}");

    private InlineAsmClobbers() {}

    public static List<String> of(LLVMValueRef function) {
        List<String> out = new ArrayList<>();
        for (var bb = LLVMGetFirstBasicBlock(function); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
            for (var inst = LLVMGetFirstInstruction(bb); inst != null && !inst.isNull(); inst = LLVMGetNextInstruction(inst)) {
                if (LLVMGetInstructionOpcode(inst) != LLVMCall && LLVMGetInstructionOpcode(inst) != LLVMCallBr) {
                    continue;
                }
                LLVMValueRef asm = LLVMIsAInlineAsm(LLVMGetCalledValue(inst));
                if (asm == null || asm.isNull()) {
                    continue;
                }
                SizeTPointer length = new SizeTPointer(1);
                // The string comes with a length and need not end in NUL.
                var text = LLVMGetInlineAsmConstraintString(asm, length);
                byte[] bytes = new byte[(int) length.get()];
                text.get(bytes);
                String constraints = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                Matcher m = CLOBBER.matcher(constraints);
                while (m.find()) {
                    if (!out.contains(m.group(1))) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return out;
    }
}
