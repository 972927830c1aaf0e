package org.iretlab.passes;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.llvm.TestModules;
import org.junit.jupiter.api.Test;

/** The shape of an outlined handler: what the shell and the body carry, and that the module still verifies. */
class HandlerOutliningTest {
    /** A handler as Clang -m32 -msse2 writes one: front-end attributes, a frame write, the error code used. */
    private static final String HANDLER = """
            target triple = "i686-unknown-linux-gnu"
            %Frame = type { i32, i32, i32 }
            @sink = global i32 0
            declare void @ext(ptr)
            define x86_intrcc void @h(ptr byval(%Frame) %frame, i32 %code) #0 section ".text.isr" {
            entry:
              %v = alloca <4 x float>, align 16
              call void @ext(ptr %v)
              %ip = load volatile i32, ptr %frame
              %next = add i32 %ip, 6
              store volatile i32 %next, ptr %frame
              store volatile i32 %code, ptr @sink
              ret void
            }
            attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "target-cpu"="pentium4" \
            "target-features"="+sse2,+x87" "use-soft-float"="false" "no-realign-stack" alignstack=4 }
            """;

    private static LLVMModuleRef outlined() {
        LLVMModuleRef m = TestModules.parse("h.ll", HANDLER);
        HandlerOutlining.outline(m, LLVMGetNamedFunction(m, "h"));
        return m;
    }

    @Test
    void theShellOnlyCallsTheBodyWithTheFrameAndTheErrorCode() {
        String ir = TestModules.print(outlined());
        String shell = function(ir, "define x86_intrcc void @h(");
        assertTrue(shell.contains("call void @h.body(ptr %frame, i32 %code) #"), shell);
        assertEquals(2, shell.lines().filter(l -> l.startsWith("  ")).count(), "a call and a return:\n" + shell);
        String shellAttributes = attributes(ir, shell);
        assertTrue(shellAttributes.contains("\"stackrealign\"") && shellAttributes.contains("\"disable-tail-calls\"=\"true\""),
                shellAttributes);
        assertTrue(attributes(ir, shell.lines().filter(l -> l.contains("call void @h.body")).findFirst().orElseThrow())
                .contains("\"no_caller_saved_registers\""), "the call site carries the attribute too:\n" + ir);
    }

    @Test
    void theBodyKeepsWhatMattersOfTheHandlerAndDropsWhatIsAboutItsEntry() {
        String ir = TestModules.print(outlined());
        String body = function(ir, "define internal void @h.body(");
        assertTrue(body.contains("(ptr %frame, i32 %code)") && body.contains("section \".text.isr\""), body);
        assertTrue(body.contains("store volatile i32 %next, ptr %frame") && body.contains("store volatile i32 %code, ptr @sink"),
                "frame writes and the error code go through the parameters:\n" + body);
        String attributes = attributes(ir, body);
        for (String kept : new String[] {"\"target-features\"=\"+sse2,+x87\"", "\"target-cpu\"=\"pentium4\"",
                "\"frame-pointer\"=\"all\"", "\"use-soft-float\"=\"false\"", "optnone", "nounwind"}) {
            assertTrue(attributes.contains(kept), kept + " in " + attributes);
        }
        for (String added : new String[] {"\"no_caller_saved_registers\"", "noinline", "noredzone", "\"disable-tail-calls\"=\"true\""}) {
            assertTrue(attributes.contains(added), added + " in " + attributes);
        }
        for (String dropped : new String[] {"no-realign-stack", "alignstack", "stackrealign"}) {
            assertFalse(attributes.contains(dropped), dropped + " in " + attributes);
        }
    }

    @Test
    void theOutlinedModuleVerifies() {
        BytePointer message = new BytePointer();
        assertEquals(0, LLVMVerifyModule(outlined(), LLVMReturnStatusAction, message), () -> message.getString());
    }

    /** The text of the function whose definition starts with {@code header}, up to its closing brace. */
    private static String function(String ir, String header) {
        int start = ir.indexOf(header);
        assertTrue(start >= 0, header + " in\n" + ir);
        return ir.substring(start, ir.indexOf("\n}", start) + 2);
    }

    /** The attribute group the first #N reference in {@code text} names. */
    private static String attributes(String ir, String text) {
        Matcher ref = Pattern.compile("#(\\d+)").matcher(text);
        assertTrue(ref.find(), "no attribute group in " + text);
        Matcher group = Pattern.compile("attributes #" + ref.group(1) + " = \\{([^}]*)\\}").matcher(ir);
        assertTrue(group.find(), ir);
        return group.group(1);
    }
}
