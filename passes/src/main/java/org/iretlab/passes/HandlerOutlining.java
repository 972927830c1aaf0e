package org.iretlab.passes;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Outlining of an interrupt handler: the x86_intrcc function becomes a shell that realigns its stack
 * ({@code "stackrealign"}) and only calls an internal {@code noinline} function holding the handler's
 * code, with {@code "no_caller_saved_registers"} on that function and on the call, passing the
 * frame pointer (and the error code).
 *
 * <p>Why it works where {@code "stackrealign"} alone does not: the shell clobbers nothing (the call
 * preserves every register), so it saves no xmm register through its frame pointer, which is the
 * 4-aligned entry ESP on 32-bit; the body is an ordinary function entered with the stack aligned as
 * its ABI promises, so its own saves of what it and its callees clobber are aligned (LLVM gives a
 * no_caller_saved_registers function the interrupt convention's callee-saved list). Frame reads and
 * volatile frame writes go through the pointer to the real frame. The shell keeps the handler's
 * attributes and gets {@code "disable-tail-calls"}, so the call cannot become a jump that returns
 * with {@code ret}; the body keeps them too (target features and CPU, frame pointer, soft float ...),
 * and adds {@code noredzone}: it runs on the interrupted stack, where an NMI may land below RSP.
 */
final class HandlerOutlining {
    static final String NO_CALLER_SAVED = "no_caller_saved_registers";
    /** The handler's attributes the body does not take: they are about the handler's entry, which the shell now has. */
    private static final Set<String> SHELL_ONLY = Set.of("stackrealign", "no-realign-stack", "alignstack", "alwaysinline",
            "disable-tail-calls");

    private HandlerOutlining() {}

    /**
     * Moves the handler's code into a new internal function and leaves the handler a shell that calls
     * it; returns the body.
     */
    static LLVMValueRef outline(LLVMModuleRef module, LLVMValueRef handler) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        int n = LLVMCountParams(handler);
        PointerPointer<LLVMTypeRef> types = new PointerPointer<>(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            types.put(i, LLVMTypeOf(LLVMGetParam(handler, i)));
        }
        LLVMTypeRef type = LLVMFunctionType(LLVMVoidTypeInContext(ctx), types, n, 0);
        String name = LLVMGetValueName(handler).getString();
        LLVMValueRef body = LLVMAddFunction(module, name + ".body", type);
        LLVMSetLinkage(body, LLVMInternalLinkage);
        String section = LLVMGetSection(handler) == null ? null : LLVMGetSection(handler).getString();
        if (section != null && !section.isEmpty()) {
            LLVMSetSection(body, section);
        }
        copyAttributes(handler, body);
        addString(ctx, body, NO_CALLER_SAVED, "");
        addString(ctx, body, "disable-tail-calls", "true");
        addEnum(ctx, body, "noinline");
        addEnum(ctx, body, "noredzone");

        List<LLVMBasicBlockRef> blocks = new ArrayList<>();
        for (var bb = LLVMGetFirstBasicBlock(handler); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
            blocks.add(bb);
        }
        for (LLVMBasicBlockRef bb : blocks) {
            LLVMRemoveBasicBlockFromParent(bb);
            LLVMAppendExistingBasicBlock(body, bb);
        }
        PointerPointer<LLVMValueRef> args = new PointerPointer<>(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            LLVMValueRef from = LLVMGetParam(handler, i);
            LLVMValueRef to = LLVMGetParam(body, i);
            String paramName = LLVMGetValueName(from).getString();
            LLVMSetValueName2(to, paramName, paramName.length());
            LLVMReplaceAllUsesWith(from, to);
            args.put(i, from);
        }
        // The debug info and exception personality describe the code, which is the body's now.
        LLVMSetSubprogram(body, LLVMGetSubprogram(handler));
        LLVMSetSubprogram(handler, null);
        if (LLVMHasPersonalityFn(handler) != 0) {
            LLVMSetPersonalityFn(body, LLVMGetPersonalityFn(handler));
            LLVMSetPersonalityFn(handler, null);
        }

        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, handler, "entry"));
            LLVMValueRef call = LLVMBuildCall2(b, type, body, args, n, "");
            LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, string(ctx, NO_CALLER_SAVED, ""));
            LLVMBuildRetVoid(b);
        } finally {
            LLVMDisposeBuilder(b);
        }
        addString(ctx, handler, "stackrealign", "");
        addString(ctx, handler, "disable-tail-calls", "true");
        return body;
    }

    private static void copyAttributes(LLVMValueRef from, LLVMValueRef to) {
        int count = LLVMGetAttributeCountAtIndex(from, LLVMAttributeFunctionIndex);
        PointerPointer<LLVMAttributeRef> attributes = new PointerPointer<>(Math.max(count, 1));
        LLVMGetAttributesAtIndex(from, LLVMAttributeFunctionIndex, attributes);
        for (int i = 0; i < count; i++) {
            LLVMAttributeRef a = attributes.get(LLVMAttributeRef.class, i);
            if (!SHELL_ONLY.contains(nameOf(a))) {
                LLVMAddAttributeAtIndex(to, LLVMAttributeFunctionIndex, a);
            }
        }
    }

    private static String nameOf(LLVMAttributeRef a) {
        if (LLVMIsStringAttribute(a) != 0) {
            return LLVMGetStringAttributeKind(a, new IntPointer(1)).getString();
        }
        int kind = LLVMGetEnumAttributeKind(a);
        return SHELL_ONLY.stream().filter(s -> LLVMGetEnumAttributeKindForName(s, s.length()) == kind).findFirst().orElse("");
    }

    private static LLVMAttributeRef string(LLVMContextRef ctx, String key, String value) {
        return LLVMCreateStringAttribute(ctx, key, key.length(), value, value.length());
    }

    private static void addString(LLVMContextRef ctx, LLVMValueRef fn, String key, String value) {
        LLVMRemoveStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, key, key.length());
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string(ctx, key, value));
    }

    private static void addEnum(LLVMContextRef ctx, LLVMValueRef fn, String name) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
    }
}
