package org.iretlab.lint;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.llvm.TestModules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each case gets exactly the diagnostic its header names (one case per rule), or none. */
class ByvalFrameCheckTest {

    @TestFactory
    Stream<DynamicTest> prototypes() {
        return PrototypeCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            LLVMModuleRef module = parse(c);
            try {
                String triple = LLVMGetTarget(module).getString();
                List<LintDiagnostic> found = ByvalFrameCheck.check(module, triple);
                Set<String> rules = found.stream().map(LintDiagnostic::rule).collect(Collectors.toSet());
                assertEquals(c.rule().map(Set::of).orElse(Set.of()), rules, () -> c.name() + ": " + found);
                for (LintDiagnostic d : found) {
                    assertEquals(ByvalFrameCheck.NAME, d.check());
                    boolean llvmAborts = c.llvm20().startsWith("LLVM ERROR: ");
                    assertEquals(llvmAborts ? c.llvm20().substring("LLVM ERROR: ".length()) : null, d.llvmFatalError(),
                            "the diagnostic must name the fatal error LLVM really reaches");
                    assertTrue(!llvmAborts || d.isError(), "what aborts LLVM must be an error, refused before codegen");
                    assertTrue(d.llvmFatalError() != null || d.prevents() != null, "each diagnostic says what it prevents");
                    assertTrue(d.describe().startsWith("@" + d.function() + ": "), d.describe());
                }
            } finally {
                LLVMDisposeModule(module);
            }
        }));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = PrototypeCases.all().stream().flatMap(c -> c.rule().stream()).collect(Collectors.toSet());
        Set<String> rules = Arrays.stream(ByvalFrameCheck.Rule.values()).map(r -> r.id).collect(Collectors.toSet());
        assertEquals(rules, covered);
    }

    @Test
    void callThroughAFunctionPointerWithTheConventionIsRefused() {
        LLVMModuleRef module = parse("indirect.ll", """
                target triple = "x86_64-unknown-none"
                define void @caller(ptr %handler, ptr %p) {
                  call x86_intrcc void %handler(ptr byval(i8) %p)
                  ret void
                }
                """);
        try {
            List<LintDiagnostic> found = ByvalFrameCheck.check(module, "x86_64-unknown-none");
            assertEquals(1, found.size(), found::toString);
            assertEquals("called-directly", found.get(0).rule());
            assertTrue(found.get(0).message().contains("function pointer"), found.get(0).message());
        } finally {
            LLVMDisposeModule(module);
        }
    }

    private static LLVMModuleRef parse(PrototypeCases c) {
        return parse(c.name(), c.text());
    }

    private static LLVMModuleRef parse(String name, String text) {
        return TestModules.parse(name, text);
    }
}
