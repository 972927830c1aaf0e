package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.junit.jupiter.api.Test;

/** What the IR states of each callee: from its declaration, or from every one of its call sites. */
class CalleeAttributesTest {
    private static Map<String, CalleeAttributes> read(String ir) {
        LLVMModuleRef module = TestModules.parse("callees.ll", ir);
        try {
            return CalleeAttributes.of(module).stream().collect(Collectors.toMap(CalleeAttributes::symbol, Function.identity()));
        } finally {
            LLVMDisposeModule(module);
        }
    }

    @Test
    void declarationAttributesAreRead() {
        Map<String, CalleeAttributes> c = read("""
                declare void @eoi() #0
                declare void @log(i32) #1
                declare void @panic() #2
                declare void @legacy() #3
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  call void @eoi()
                  call void @log(i32 1)
                  call void @legacy()
                  call void @panic()
                  unreachable
                }
                attributes #0 = { "no_caller_saved_registers" }
                attributes #1 = { "target-features"="-mmx,-sse,-x87" }
                attributes #2 = { noreturn }
                attributes #3 = { "use-soft-float"="true" }
                """);
        assertTrue(c.get("eoi").noCallerSavedRegisters());
        assertEquals("-mmx,-sse,-x87", c.get("log").targetFeatures());
        assertFalse(c.get("log").noCallerSavedRegisters() || c.get("log").softFloat() || c.get("log").noReturn());
        assertTrue(c.get("panic").noReturn());
        assertTrue(c.get("legacy").softFloat());
    }

    @Test
    void aCallSiteAttributeCountsOnlyWhenEveryCallCarriesIt() {
        Map<String, CalleeAttributes> c = read("""
                declare void @always()
                declare void @once()
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  call void @always() #0
                  call void @always() #0
                  call void @once() #0
                  call void @once()
                  ret void
                }
                attributes #0 = { noreturn "no_caller_saved_registers" }
                """);
        assertTrue(c.get("always").noCallerSavedRegisters() && c.get("always").noReturn());
        assertFalse(c.get("once").noCallerSavedRegisters() || c.get("once").noReturn(),
                "a call without the attribute means the symbol is not known to have it");
    }

    @Test
    void callsThroughPointersAreKeptUnderOneNameAndInlineAsmAndIntrinsicsAreNoCallees() {
        Map<String, CalleeAttributes> c = read("""
                @hook = global ptr null
                declare void @llvm.trap()
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  %p = load ptr, ptr @hook
                  call void %p() #0
                  call void asm sideeffect "nop", ""()
                  call void @llvm.trap()
                  ret void
                }
                attributes #0 = { "no_caller_saved_registers" }
                """);
        assertEquals(List.of(CalleeAttributes.INDIRECT), List.copyOf(c.keySet()));
        assertTrue(c.get(CalleeAttributes.INDIRECT).noCallerSavedRegisters());
    }

    @Test
    void plusSoftFloatInTheFeaturesIsSoftFloat() {
        Map<String, CalleeAttributes> c = read("""
                declare void @rust_fn() #0
                declare void @plain()
                define x86_intrcc void @h(ptr byval(i8) %f) {
                  call void @rust_fn()
                  call void @plain()
                  ret void
                }
                attributes #0 = { "target-features"="-sse,+soft-float" }
                """);
        assertTrue(c.get("rust_fn").softFloat());
        assertFalse(c.get("plain").statesAnything());
        assertNull(c.get("plain").targetFeatures());
    }

    /** A function's {@code "probe-stack"} names a callee the IR never calls: the code generator does, in prologues. */
    @Test
    void probeStackNamesACallee() {
        Map<String, CalleeAttributes> c = read("""
                declare void @log()
                define x86_intrcc void @h(ptr byval(i8) %f) #0 {
                  call void @log()
                  ret void
                }
                attributes #0 = { "probe-stack"="inline-asm" }
                """);
        assertTrue(c.get("inline-asm").stackProbe());
        assertTrue(c.get("inline-asm").statesAnything());
        assertFalse(c.get("log").stackProbe());
    }
}
