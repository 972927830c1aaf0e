package org.iretlab.passes;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.llvm.InlineAsmClobbers;
import org.iretlab.target.Triples;

/**
 * Dynamic stack realignment for interrupt handlers, in two passes of one mechanism:
 * <ul>
 * <li>{@code stack-realign-32}: every 32-bit x86_intrcc function realigns its stack to at least 16 and
 *     to the largest alignment any of its locals needs, whatever the entry ESP;</li>
 * <li>{@code ecode-realign-64}: every 64-bit handler with an error code realigns its stack, which
 *     works around llvm#224029 (the alignment push counted twice leaves RSP 8 mod 16 at every call).</li>
 * </ul>
 *
 * <p>Two strategies, the cheaper first, each kept only if a trial compile on the target backend shows
 * it removed misalignment and changed nothing else:
 * <ol>
 * <li>The {@code "stackrealign"} function attribute. With it LLVM realigns to the frame's maximum
 *     alignment instead of forcing 16 (X86RegisterInfo: {@code HasRealign ? max(MaxAlign, 16)}), which
 *     is what llvm#225366 drops, and LLVM 14 realigns handlers with calls at all. Evidence: ir-tests
 *     cases 21-32 on three 32-bit triples and the 64-bit error-code cases (04, the Clang and rustc
 *     page-fault handlers) on LLVM 13-22.</li>
 * <li>{@link HandlerOutlining}, where the attribute leaves a misaligned access: on a triple whose ABI
 *     promises a 16-byte stack (i686-unknown-linux-gnu +sse2, cases 21-24) LLVM saves the interrupted
 *     xmm registers with movaps through EBP, the 4-aligned entry ESP, before it realigns; and a
 *     64-bit error-code handler with a local aligned to 64 gets the local 8 bytes off (case 05,
 *     llvm#50195). Outlined, both run clean under the oracle on every version.</li>
 * </ol>
 * The trial judges the handler, which after outlining is the shell; the analyser follows its call into
 * the body (an in-module callee), so the outlined handler is judged whole and nothing may appear.
 * A handler with {@code "no-realign-stack"} is left alone and reported, unless forced; so is one whose
 * inline asm clobbers EBP or ESI (with the attribute, LLVM 14 realigns through EBP without saving it
 * around such asm, and the epilogue restores a wrong ESP: ir-tests case 35).
 * Preconditions: realignment reserves EBP (and ESI with dynamic allocas); byval-frame-check reports
 * inline asm that clobbers them. See docs/passes.md for the measurements.
 */
public final class StackRealign implements HandlerPass {
    public static final String THIRTY_TWO = "stack-realign-32";
    public static final String ECODE_64 = "ecode-realign-64";
    /** The finding kinds these passes exist to remove. */
    public static final Set<String> CLAIMED = Set.of("misaligned-stack-access", "misaligned-call-site");
    private final String name;
    private final boolean sixtyFour;
    private final boolean force;

    private StackRealign(String name, boolean sixtyFour, boolean force) {
        this.name = name;
        this.sixtyFour = sixtyFour;
        this.force = force;
    }

    /** {@code stack-realign-32}; {@code force} overrides "no-realign-stack". */
    public static StackRealign thirtyTwoBit(boolean force) {
        return new StackRealign(THIRTY_TWO, false, force);
    }

    /** {@code ecode-realign-64}; {@code force} overrides "no-realign-stack". */
    public static StackRealign errorCodeSixtyFourBit(boolean force) {
        return new StackRealign(ECODE_64, true, force);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Result run(LLVMModuleRef module, String triple, String features, TrialCompile trial) {
        List<String> changes = new ArrayList<>();
        List<LintDiagnostic> diagnostics = new ArrayList<>();
        if (Triples.is64Bit(triple) != sixtyFour) {
            return new Result(changes, diagnostics);
        }
        for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn != null && !fn.isNull(); fn = LLVMGetNextFunction(fn)) {
            if (LLVMGetFunctionCallConv(fn) != LLVMX86INTRCallConv || LLVMIsDeclaration(fn) != 0
                    || (sixtyFour && LLVMCountParams(fn) != 2)) {
                continue;
            }
            String function = LLVMGetValueName(fn).getString();
            if (has(fn, "no-realign-stack")) {
                if (!force) {
                    diagnostics.add(new LintDiagnostic(this.name, "no-realign-stack", LintDiagnostic.Severity.WARNING, function,
                            "carries \"no-realign-stack\" and is left alone: " + (sixtyFour
                                    ? "its calls stay misaligned (llvm#224029)" : "its entry ESP is only 4-aligned"),
                            null, "misaligned stack accesses and calls when the stack is not realigned"));
                    continue;
                }
                LLVMRemoveStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, "no-realign-stack", "no-realign-stack".length());
                changes.add("@" + function + ": removed \"no-realign-stack\" (forced)");
            }
            List<String> reserved = InlineAsmClobbers.of(fn).stream()
                    .filter(r -> List.of("ebp", "esi", "rbp", "rbx").contains(r)).toList();
            if (!reserved.isEmpty()) {
                diagnostics.add(new LintDiagnostic(this.name, "reserved-register-clobber", LintDiagnostic.Severity.WARNING, function,
                        "left alone: its inline asm clobbers " + String.join(", ", reserved) + ", which realignment needs to "
                                + "get back to the entry ESP", null,
                        "a wrong ESP at iret (measured: LLVM 14 realigns through EBP and does not save it around the asm)"));
                continue;
            }
            Set<String> before = trial.findingKinds(module, function);
            if (Collections.disjoint(before, CLAIMED)) {
                continue;
            }
            // The cheaper remedy first: "stackrealign" changes only the handler's own prologue.
            Set<String> left = before;
            String realigned = null;
            if (!has(fn, "stackrealign")) {
                LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                        LLVMCreateStringAttribute(LLVMGetModuleContext(module), "stackrealign", 12, "", 0));
                Set<String> after = trial.findingKinds(module, function);
                String refused = refusal(before, after);
                if (refused != null) {
                    LLVMRemoveStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, "stackrealign", 12);
                    diagnostics.add(new LintDiagnostic(this.name, "reverted", LintDiagnostic.Severity.WARNING, function,
                            "\"stackrealign\" was tried and taken back: on this backend it " + refused, null, null));
                } else {
                    left = after;
                    realigned = "@" + function + ": added \"stackrealign\"";
                }
            }
            Set<String> claimedLeft = claimed(left);
            if (!claimedLeft.isEmpty()) {
                String outlined = outline(module, function, before, claimedLeft, trial, diagnostics);
                if (outlined != null) {
                    changes.add(outlined + (realigned == null ? "" : " (\"stackrealign\" alone left " + claimedLeft + ")"));
                    continue;
                }
            }
            if (realigned != null) {
                changes.add(realigned);
            }
        }
        return new Result(changes, diagnostics);
    }

    /**
     * Outlines the handler when a trial of the outlined module shows fewer of the claimed kinds than
     * {@code claimedLeft} and nothing else changed; returns the change, or null (with the reason in
     * {@code diagnostics}) when it is not kept.
     */
    private String outline(LLVMModuleRef module, String function, Set<String> before, Set<String> claimedLeft,
            TrialCompile trial, List<LintDiagnostic> diagnostics) {
        Set<String> after;
        LLVMModuleRef attempt = LLVMCloneModule(module);
        try {
            LLVMValueRef shell = LLVMGetNamedFunction(attempt, function);
            HandlerOutlining.outline(attempt, shell);
            after = trial.findingKinds(attempt, function);
        } finally {
            LLVMDisposeModule(attempt);
        }
        String refused = refusal(before, after);
        if (refused == null && !claimedLeft.containsAll(claimed(after))) {
            refused = "left " + claimed(after);
        }
        if (refused == null && claimed(after).equals(claimedLeft)) {
            refused = "still left " + claimedLeft;
        }
        if (refused != null) {
            diagnostics.add(new LintDiagnostic(this.name, "outlining-reverted", LintDiagnostic.Severity.WARNING, function,
                    "outlining was tried and not kept: on this backend it " + refused, null, null));
            return null;
        }
        LLVMValueRef body = HandlerOutlining.outline(module, LLVMGetNamedFunction(module, function));
        return "@" + function + ": outlined into @" + LLVMGetValueName(body).getString()
                + " (\"no_caller_saved_registers\"), called from a \"stackrealign\" shell";
    }

    /**
     * Why a change is not kept, or null: it made a kind appear, or took away one that no pass claims.
     */
    private static String refusal(Set<String> before, Set<String> after) {
        Set<String> appeared = new TreeSet<>(after);
        appeared.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        removed.removeAll(Passes.CLAIMED);
        return appeared.isEmpty() && removed.isEmpty() ? null : "made " + appeared + " appear and " + removed + " disappear";
    }

    private static Set<String> claimed(Set<String> kinds) {
        Set<String> out = new TreeSet<>(kinds);
        out.retainAll(CLAIMED);
        return out;
    }

    private static boolean has(LLVMValueRef fn, String attribute) {
        var a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, attribute, attribute.length());
        return a != null && !a.isNull();
    }
}
