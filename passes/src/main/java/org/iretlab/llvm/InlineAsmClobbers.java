package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
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
    /** A printed inline asm call: {@code asm [flags] "text", "constraints"}; a quote in either is written \22. */
    private static final Pattern PRINTED = Pattern.compile("asm (?:[a-z]+ )*\"[^\"]*\", \"([^\"]*)\"");

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
                String constraints = constraints(asm, inst);
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

    /** The constraint string of an inline asm call, e.g. {@code "=r,~{ebp},~{dirflag}"}. */
    private static String constraints(LLVMValueRef asm, LLVMValueRef call) {
        try {
            SizeTPointer length = new SizeTPointer(1);
            // The string comes with a length and need not end in NUL.
            var text = LLVMGetInlineAsmConstraintString(asm, length);
            byte[] bytes = new byte[(int) length.get()];
            text.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchMethodError | UnsatisfiedLinkError e) {
            // LLVM before 19 has no accessor: read the string from the printed call instead.
            Matcher m = PRINTED.matcher(Llvm.takeMessage(LLVMPrintValueToString(call)));
            return m.find() ? m.group(1) : "";
        }
    }
}
