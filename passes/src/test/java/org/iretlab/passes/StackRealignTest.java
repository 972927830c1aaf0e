package org.iretlab.passes;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.llvm.TestModules;
import org.junit.jupiter.api.Test;

/** The pass's decisions, with the trial compile stubbed (the corpus tests run it for real). */
class StackRealignTest {
    /** Misaligned until "stackrealign" is there, as the real trial shows it for the cases the passes fix. */
    private static final TrialCompile NEEDS_IT = (m, h) -> TestModules.print(m).contains("stackrealign")
            ? Set.of() : Set.of("misaligned-call-site");
    /**
     * A backend on which realignment breaks something else (LLVM 14 with inline stack probes, case 08)
     * and outlining leaves the misalignment.
     */
    private static final TrialCompile MAKES_IT_WORSE = (m, h) -> isShell(m, h) ? Set.of("misaligned-call-site")
            : TestModules.print(m).contains("stackrealign") ? Set.of("red-zone-use") : Set.of("misaligned-call-site");
    private static final TrialCompile FINE = (m, h) -> Set.of("x87-state-clobbered");
    /**
     * i686-linux with SSE as the real trial shows it: "stackrealign" leaves the xmm saves misaligned,
     * the outlined handler (its shell and, followed through the call, its body) has none.
     */
    private static final TrialCompile NEEDS_OUTLINING = (m, h) -> isShell(m, h) ? Set.of()
            : TestModules.print(m).contains("stackrealign") ? Set.of("misaligned-stack-access")
            : Set.of("misaligned-stack-access", "misaligned-call-site");

    /** Whether the handler of the module is an outlined shell (its code is in @h.body). */
    private static boolean isShell(LLVMModuleRef m, String handler) {
        return TestModules.print(m).contains("call void @" + handler + ".body");
    }

    private static LLVMModuleRef parse(String attributes, String body) {
        String text = """
                target triple = "i686-unknown-linux-gnu"
                declare void @ext()
                define x86_intrcc void @h(ptr byval(i32) %f) #0 {
                """ + body + """
                  call void @ext()
                  ret void
                }
                attributes #0 = { """ + attributes + " }\n";
        LLVMModuleRef module = TestModules.parse("t.ll", text);
        return module;
    }

    private static String ir(LLVMModuleRef m) {
        return TestModules.print(m);
    }

    @Test
    void addsStackrealignWhereTheTrialShowsMisalignment() {
        LLVMModuleRef m = parse("nounwind", "");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", NEEDS_IT);
        assertEquals(List.of("@h: added \"stackrealign\""), r.changes());
        assertTrue(ir(m).contains("\"stackrealign\""));
    }

    @Test
    void leavesAHandlerThatNeedsNothingAlone() {
        LLVMModuleRef m = parse("nounwind", "");
        String before = ir(m);
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", FINE);
        assertTrue(r.changes().isEmpty() && r.diagnostics().isEmpty());
        assertEquals(before, ir(m));
    }

    @Test
    void noRealignStackIsReportedUnlessForced() {
        LLVMModuleRef m = parse("\"no-realign-stack\"", "");
        HandlerPass.Result kept = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", NEEDS_IT);
        assertTrue(kept.changes().isEmpty());
        assertEquals("no-realign-stack", kept.diagnostics().get(0).rule());
        HandlerPass.Result forced = StackRealign.thirtyTwoBit(true).run(m, "i686-unknown-linux-gnu", "", NEEDS_IT);
        assertEquals(List.of("@h: removed \"no-realign-stack\" (forced)", "@h: added \"stackrealign\""), forced.changes());
    }

    @Test
    void asmClobberingTheFramePointerIsLeftAloneAndReported() {
        LLVMModuleRef m = parse("nounwind", "  call void asm sideeffect \"xorl %ebp, %ebp\", \"~{ebp}\"()\n");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", NEEDS_IT);
        assertTrue(r.changes().isEmpty());
        assertEquals("reserved-register-clobber", r.diagnostics().get(0).rule());
    }

    @Test
    void aRealignmentThatMakesAnotherFindingAppearIsTakenBack() {
        LLVMModuleRef m = parse("nounwind", "");
        String before = ir(m);
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", MAKES_IT_WORSE);
        assertTrue(r.changes().isEmpty());
        assertEquals("reverted", r.diagnostics().get(0).rule());
        assertEquals(before, ir(m));
    }

    @Test
    void theSixtyFourBitPassTakesOnlyErrorCodeHandlers() {
        LLVMModuleRef oneParameter = parse("nounwind", "");
        assertTrue(StackRealign.errorCodeSixtyFourBit(false).run(oneParameter, "x86_64-unknown-none", "", NEEDS_IT).changes().isEmpty());
        LLVMModuleRef withErrorCode = parseEcode();
        assertEquals(List.of("@h: added \"stackrealign\""),
                StackRealign.errorCodeSixtyFourBit(false).run(withErrorCode, "x86_64-unknown-none", "", NEEDS_IT).changes());
        assertTrue(StackRealign.errorCodeSixtyFourBit(false).run(parseEcode(), "i686-unknown-linux-gnu", "", NEEDS_IT).changes().isEmpty());
    }

    private static LLVMModuleRef parseEcode() {
        String text = """
                target triple = "x86_64-unknown-none"
                declare void @ext()
                define x86_intrcc void @h(ptr byval(i64) %f, i64 %e) {
                  call void @ext()
                  ret void
                }
                """;
        LLVMModuleRef module = TestModules.parse("e.ll", text);
        return module;
    }

    @Test
    void sixtyFourBitModulesAreNotTouched() {
        LLVMModuleRef m = parse("nounwind", "");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "x86_64-unknown-none", "", NEEDS_IT);
        assertTrue(r.changes().isEmpty());
    }

    @Test
    void outlinesWhereStackrealignLeavesMisalignment() {
        LLVMModuleRef m = parse("nounwind", "");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", NEEDS_OUTLINING);
        assertEquals(List.of("@h: outlined into @h.body (\"no_caller_saved_registers\"), called from a \"stackrealign\" shell"
                + " (\"stackrealign\" alone left [misaligned-stack-access])"), r.changes(), r::toString);
        assertTrue(isShell(m, "h"), ir(m));
    }

    @Test
    void plainStackrealignIsKeptWhereItSuffices() {
        LLVMModuleRef m = parse("nounwind", "");
        StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", NEEDS_IT);
        assertFalse(isShell(m, "h"), ir(m));
    }

    @Test
    void outliningThatMakesAKindAppearIsNotKept() {
        TrialCompile worse = (m, h) -> !isShell(m, h) ? NEEDS_OUTLINING.findingKinds(m, h) : Set.of("red-zone-use");
        LLVMModuleRef m = parse("nounwind", "");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", worse);
        assertEquals(List.of("@h: added \"stackrealign\""), r.changes(), "the better of what was kept");
        assertEquals("outlining-reverted", r.diagnostics().get(0).rule());
        assertTrue(r.diagnostics().get(0).message().contains("made [red-zone-use] appear"), r.diagnostics().get(0).message());
        assertFalse(isShell(m, "h"), ir(m));
    }

    @Test
    void outliningThatTakesAwayAKindNoPassClaimsIsNotKept() {
        TrialCompile hides = (m, h) -> isShell(m, h) ? Set.of() : Set.of("misaligned-stack-access", "sp-at-iret-wrong");
        LLVMModuleRef m = parse("nounwind", "");
        HandlerPass.Result r = StackRealign.thirtyTwoBit(false).run(m, "i686-unknown-linux-gnu", "", hides);
        assertEquals(List.of("@h: added \"stackrealign\""), r.changes(), r::toString);
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.rule().equals("outlining-reverted")
                && d.message().contains("[sp-at-iret-wrong] disappear")), r::toString);
        assertFalse(isShell(m, "h"), ir(m));
    }

    @Test
    void anErrorCodeHandlerOnX8664IsOutlinedWhereStackrealignLeavesMisalignment() {
        LLVMModuleRef m = parseEcode();
        HandlerPass.Result r = StackRealign.errorCodeSixtyFourBit(false).run(m, "x86_64-unknown-none", "", NEEDS_OUTLINING);
        assertEquals(1, r.changes().size(), r::toString);
        assertTrue(ir(m).contains("call void @h.body(ptr %f, i64 %e)"), ir(m));
    }
}
