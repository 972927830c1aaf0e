package org.iretlab.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.llvm.TestModules;
import org.junit.jupiter.api.Test;

/** The pass's decisions and its IR, with the trial stubbed (the corpus tests run it for real). */
class X87MmxPreserveTest {
    private static final String X87 = """
            target triple = "%s"
            @v = global x86_fp80 0xK3FFF8000000000000000
            define x86_intrcc void @h(ptr byval(i32) %%f) {
              %%x = load volatile x86_fp80, ptr @v
              %%y = fadd x86_fp80 %%x, %%x
              store volatile x86_fp80 %%y, ptr @v
              ret void
            }
            """;
    /** Hazards until the save is in the module. */
    private static final TrialCompile FIXED_BY_SAVE = (m, h) -> TestModules.print(m).contains("fxsave")
            || TestModules.print(m).contains("fnsave") ? Set.of() : Set.of("x87-state-clobbered", "fp-env-inherited");

    private static LLVMModuleRef x87(String triple) {
        return TestModules.parse("x87.ll", X87.formatted(triple));
    }

    @Test
    void saveWrapsTheBodyInFxsaveFninitLdmxcsrAndFxrstorOn64Bit() {
        LLVMModuleRef m = x87("x86_64-unknown-none");
        HandlerPass.Result r = X87MmxPreserve.save().run(m, "x86_64-unknown-none", "", FIXED_BY_SAVE);
        assertEquals(1, r.changes().size(), r::toString);
        String ir = TestModules.print(m);
        assertTrue(ir.contains("fxsave64 ($0)\\0A\\09fninit\\0A\\09ldmxcsr ($1)"), ir);
        assertTrue(ir.contains("fxrstor64 ($0)") && ir.contains("~{mm7}"), ir);
        // No xmm clobber: it would make LLVM save them through the frame pointer, 4-aligned on i686-linux.
        assertFalse(ir.contains("~{xmm"), ir);
        assertTrue(ir.contains("and i64") && ir.contains("inttoptr"), "the area is aligned by pointer arithmetic:\n" + ir);
        assertTrue(ir.contains("noredzone"), ir);
    }

    @Test
    void withoutSseItUsesFnsave() {
        LLVMModuleRef m = x87("i686-unknown-linux-gnu");
        X87MmxPreserve.save().run(m, "i686-unknown-linux-gnu", "-sse", FIXED_BY_SAVE);
        String ir = TestModules.print(m);
        assertTrue(ir.contains("fnsave ($0)") && ir.contains("frstor ($0)") && !ir.contains("fxsave"), ir);
    }

    @Test
    void aSaveThatDoesNotHelpIsTakenBack() {
        LLVMModuleRef m = x87("x86_64-unknown-none");
        String before = TestModules.print(m);
        HandlerPass.Result r = X87MmxPreserve.save().run(m, "x86_64-unknown-none", "", (mod, h) -> Set.of("x87-state-clobbered"));
        assertTrue(r.changes().isEmpty());
        assertEquals("reverted", r.diagnostics().get(0).rule());
        assertEquals(before, TestModules.print(m));
    }

    @Test
    void rejectModeIsAnErrorNamingTheHazards() {
        HandlerPass.Result r = X87MmxPreserve.reject().run(x87("x86_64-unknown-none"), "x86_64-unknown-none", "", FIXED_BY_SAVE);
        LintDiagnostic d = r.diagnostics().get(0);
        assertTrue(d.isError() && d.message().contains("[fp-env-inherited, x87-state-clobbered]"), d.describe());
    }

    @Test
    void aHandlerWithoutFpHazardsIsLeftAlone() {
        LLVMModuleRef m = x87("x86_64-unknown-none");
        String before = TestModules.print(m);
        HandlerPass.Result r = X87MmxPreserve.save().run(m, "x86_64-unknown-none", "", (mod, h) -> Set.of("misaligned-call-site"));
        assertTrue(r.changes().isEmpty() && r.diagnostics().isEmpty());
        assertEquals(before, TestModules.print(m));
    }
}
