package org.iretlab.passes;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.llvm.Llvm;
import org.iretlab.target.Triples;

/**
 * {@code x87-mmx-preserve} (mode {@code save}) and {@code x87-mmx-reject} (mode {@code reject}):
 * LLVM saves no x87, MMX or MXCSR state in interrupt handlers (llvm#26785, #41189).
 *
 * <p>Save: on entry the handler saves the whole x87/MMX/MXCSR state with fxsave (fxsave64 on x86-64,
 * so the x87 instruction and data pointers keep 64 bits; fnsave where the target has no SSE, hence
 * possibly no FXSR), then runs its body from a clean state (fninit, and MXCSR = 0x1F80 where there is
 * SSE), and restores the state before every return. The save area is over-allocated by 15 bytes and
 * aligned by pointer arithmetic, not by {@code alloca align}, because frame alignment is exactly what
 * is broken in the code under test. The inline asm takes the area's address in a register and
 * clobbers memory, fpsr, fpcr, dirflag and every st and mm register, so that LLVM keeps no x87/MMX
 * work across it; it declares no xmm clobber (see {@link #FP_CLOBBERS}).
 *
 * <p>In a handler that stack-realign-32 or ecode-realign-64 outlined, the x86_intrcc function is the
 * shell, so the save goes there, around the call into the body. Measured under the oracle (case 23,
 * i686-unknown-linux-gnu +sse2, LLVM 13 and 20): in the shell or in the body both run clean, provided
 * the restore declares no xmm clobber; the shell is where the analyser sees the save around the call.
 *
 * <p>Reject: each handler whose trial compile shows x87, MMX or MXCSR findings gets an error, in
 * GCC's spirit ("80387 instructions aren't allowed in an interrupt service routine").
 *
 * <p>Both decide by a trial compile on the target backend (the generated code, including libcalls
 * LLVM introduces), and the save is kept only if a second trial shows the claimed kinds gone and
 * nothing else changed. Preconditions: with CR0.TS=1, fxsave raises #NM (as LLVM's own xmm spills do);
 * the area costs 527 bytes of stack (123 with fnsave).
 */
public final class X87MmxPreserve implements HandlerPass {
    public static final String SAVE = "x87-mmx-preserve";
    public static final String REJECT = "x87-mmx-reject";
    public static final Set<String> CLAIMED = Set.of("x87-state-clobbered", "mmx-state-clobbered", "mxcsr-clobbered",
            "fp-env-inherited");

    private final boolean reject;

    private X87MmxPreserve(boolean reject) {
        this.reject = reject;
    }

    public static X87MmxPreserve save() {
        return new X87MmxPreserve(false);
    }

    public static X87MmxPreserve reject() {
        return new X87MmxPreserve(true);
    }

    @Override
    public String name() {
        return reject ? REJECT : SAVE;
    }

    @Override
    public Result run(LLVMModuleRef module, String triple, String features, TrialCompile trial) {
        List<String> changes = new ArrayList<>();
        List<LintDiagnostic> diagnostics = new ArrayList<>();
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) != LLVMX86INTRCallConv || LLVMIsDeclaration(fn) != 0) {
                continue;
            }
            String function = LLVMGetValueName(fn).getString();
            Set<String> before = trial.findingKinds(module, function);
            Set<String> hazards = new TreeSet<>(before);
            hazards.retainAll(CLAIMED);
            if (hazards.isEmpty()) {
                continue;
            }
            if (reject) {
                diagnostics.add(new LintDiagnostic(name(), "fp-state-in-handler", LintDiagnostic.Severity.ERROR, function,
                        "the generated code touches FP state that no one saves: " + hazards
                                + "; compile the handler and its callees general-regs-only, or use x87-mmx-preserve",
                        null, "the interrupted code's x87, MMX or MXCSR state changed behind its back"));
                continue;
            }
            boolean sse = hasSse(fn, triple, features);
            List<LLVMValueRef> added = new ArrayList<>();
            int restores = insertSaveAndRestores(module, fn, triple, sse, added);
            // The save area must not sit in the red zone, where an NMI on the same stack would overwrite it.
            int noRedZone = LLVMGetEnumAttributeKindForName("noredzone", 9);
            boolean hadNoRedZone = LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, noRedZone) != null
                    && !LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, noRedZone).isNull();
            if (!hadNoRedZone) {
                LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(LLVMGetModuleContext(module), noRedZone, 0));
            }
            Set<String> after = trial.findingKinds(module, function);
            Set<String> appeared = new TreeSet<>(after);
            appeared.removeAll(before);
            Set<String> left = new TreeSet<>(after);
            left.retainAll(CLAIMED);
            if (!appeared.isEmpty() || !left.isEmpty()) {
                added.forEach(i -> LLVMInstructionEraseFromParent(i));
                if (!hadNoRedZone) {
                    LLVMRemoveEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, noRedZone);
                }
                diagnostics.add(new LintDiagnostic(name(), "reverted", LintDiagnostic.Severity.WARNING, function,
                        "the save was tried and taken back: on this backend it left " + left + " and made " + appeared
                                + " appear", null, null));
                continue;
            }
            changes.add("@" + function + ": " + (sse ? (Triples.is64Bit(triple) ? "fxsave64" : "fxsave") + ", fninit, ldmxcsr 0x1F80"
                    : "fnsave (which also reinitialises the FPU)") + " on entry; restore before " + restores + " return(s)"
                    + (hadNoRedZone ? "" : "; noredzone"));
        }
        return new Result(changes, diagnostics);
    }

    /**
     * Inserts the save at entry and a restore before every return, and returns how many restores;
     * every instruction it adds goes into {@code added}, latest first, so that an attempt can be taken back.
     */
    private static int insertSaveAndRestores(LLVMModuleRef module, LLVMValueRef fn, String triple, boolean sse,
            List<LLVMValueRef> added) {
        LLVMContextRef ctx = LLVMGetModuleContext(module);
        boolean is64 = Triples.is64Bit(triple);
        LLVMTypeRef word = LLVMIntTypeInContext(ctx, is64 ? 64 : 32);
        LLVMTypeRef ptr = Llvm.pointerType(ctx);
        LLVMTypeRef i8 = LLVMInt8TypeInContext(ctx);
        LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
        int restores = 0;
        LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
        try {
            LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn)));
            int areaBytes = sse ? 512 : 108;
            LLVMValueRef area = LLVMBuildAlloca(b, LLVMArrayType(i8, areaBytes + 15), "fp.area.raw");
            LLVMValueRef raw = LLVMBuildPtrToInt(b, area, word, "fp.area.int");
            LLVMValueRef bumped = LLVMBuildAdd(b, raw, LLVMConstInt(word, 15, 0), "fp.area.bumped");
            LLVMValueRef rounded = LLVMBuildAnd(b, bumped, LLVMConstInt(word, -16L, 1), "fp.area.aligned");
            LLVMValueRef save = LLVMBuildIntToPtr(b, rounded, ptr, "fp.area");
            added.addAll(List.of(area, raw, bumped, rounded, save));
            String saveAsm;
            String restoreAsm;
            List<LLVMValueRef> args = new ArrayList<>(List.of(save));
            String operands = "r";
            if (sse) {
                LLVMValueRef mxcsr = LLVMBuildAlloca(b, i32, "mxcsr.clean");
                LLVMValueRef store = LLVMBuildStore(b, LLVMConstInt(i32, 0x1F80, 0), mxcsr);
                added.addAll(List.of(mxcsr, store));
                args.add(mxcsr);
                operands = "r,r";
                saveAsm = (is64 ? "fxsave64" : "fxsave") + " ($0)\n\tfninit\n\tldmxcsr ($1)";
                restoreAsm = (is64 ? "fxrstor64" : "fxrstor") + " ($0)";
            } else {
                saveAsm = "fnsave ($0)";
                restoreAsm = "frstor ($0)";
            }
            added.add(inlineAsm(b, ctx, saveAsm, operands + "," + FP_CLOBBERS, args));
            for (var bb = LLVMGetFirstBasicBlock(fn); bb != null && !bb.isNull(); bb = LLVMGetNextBasicBlock(bb)) {
                LLVMValueRef last = LLVMGetLastInstruction(bb);
                if (last != null && !last.isNull() && LLVMGetInstructionOpcode(last) == LLVMRet) {
                    LLVMPositionBuilderBefore(b, last);
                    added.add(inlineAsm(b, ctx, restoreAsm, "r," + FP_CLOBBERS, List.of(save)));
                    restores++;
                }
            }
        } finally {
            LLVMDisposeBuilder(b);
        }
        // Erased in reverse, uses before definitions.
        Collections.reverse(added);
        return restores;
    }

    private static LLVMValueRef inlineAsm(LLVMBuilderRef b, LLVMContextRef ctx, String asm, String constraints,
            List<LLVMValueRef> args) {
        PointerPointer<LLVMTypeRef> types = new PointerPointer<>(args.size());
        PointerPointer<LLVMValueRef> values = new PointerPointer<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            types.put(i, LLVMTypeOf(args.get(i)));
            values.put(i, args.get(i));
        }
        LLVMTypeRef fnType = LLVMFunctionType(LLVMVoidTypeInContext(ctx), types, args.size(), 0);
        // The BytePointer form: LLVM 16 and 17's presets have no String overload.
        LLVMValueRef callee = LLVMGetInlineAsm(fnType, new BytePointer(asm), asm.length(), new BytePointer(constraints),
                constraints.length(), 1, 0, LLVMInlineAsmDialectATT, 0);
        return LLVMBuildCall2(b, fnType, callee, values, args.size(), "");
    }

    /**
     * Everything the save or restore changes. The restore also reloads the xmm registers, but with
     * the values they had at the save, right before a return, where nothing lives in them: LLVM's
     * epilogue then reloads its own copies of those the body changed. Declaring them clobbered would
     * only make LLVM save all of them in the prologue, through a frame pointer that on a 32-bit
     * triple with a 16-byte ABI stack is the 4-aligned entry ESP (measured: movaps #GP on
     * i686-unknown-linux-gnu +sse2, case 10h, and in an outlined shell).
     */
    private static final String FP_CLOBBERS = fpClobbers();

    private static String fpClobbers() {
        StringBuilder c = new StringBuilder("~{memory},~{fpsr},~{fpcr},~{dirflag}");
        for (int i = 0; i < 8; i++) {
            c.append(",~{st(").append(i).append(")},~{mm").append(i).append("}");
        }
        return c.toString();
    }

    /**
     * Whether the handler is compiled with SSE (then the machine has FXSR and MXCSR): its own
     * target-features attribute wins over the compile's features, as in LLVM.
     */
    private static boolean hasSse(LLVMValueRef fn, String triple, String features) {
        var a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, "target-features", 15);
        String f = features;
        if (a != null && !a.isNull()) {
            f = LLVMGetStringAttributeValue(a, new IntPointer(1)).getString();
        }
        if (f.matches("(^|.*,)-sse(2)?(,.*|$)") || f.contains("+soft-float")) {
            return false;
        }
        return Triples.is64Bit(triple) || f.contains("+sse") || f.contains("+avx");
    }
}
