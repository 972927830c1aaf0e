package org.iretlab.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsmNormaliserTest {
    private final AsmNormaliser normaliser = AsmNormaliser.standard();

    @Test
    void standardRulesHaveStableNamesInOrder() {
        assertEquals(List.of("drop-metadata-sections", "strip-comments", "collapse-whitespace", "drop-blank-lines",
                        "drop-directives", "drop-unreferenced-local-labels", "renumber-local-labels"),
                normaliser.rules().stream().map(AsmRule::name).toList());
    }

    @Test
    void describeRulesPrintsOneLinePerRuleWithNameAndDescription() {
        List<String> lines = normaliser.describeRules().lines().toList();

        assertEquals(normaliser.rules().size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            AsmRule rule = normaliser.rules().get(i);
            assertTrue(lines.get(i).startsWith(rule.name() + " "), lines.get(i));
            assertTrue(lines.get(i).endsWith(" " + rule.description()), lines.get(i));
        }
    }

    @Test
    void ruleNamesMustBeUnique() {
        assertThrows(IllegalArgumentException.class,
                () -> new AsmNormaliser(List.of(AsmRules.DROP_BLANK_LINES, AsmRules.DROP_BLANK_LINES)));
    }

    @Test
    void i686HandlerNormalisesToItsInstructions() {
        assertEquals(List.of("h:", "pushl %edx", "pushl %ecx", "pushl %eax", "cld", "calll bar@PLT",
                        "popl %eax", "popl %ecx", "popl %edx", "iretl"),
                normaliser.normalise(Samples.read("handler-i686-llvm14.s")));
    }

    @Test
    void x86_64HandlerKeepsEverySpillAndOffset() {
        List<String> out = normaliser.normalise(Samples.read("handler-x86_64-llvm14.s"));

        assertEquals(List.of("h:", "pushq %rax", "pushq %r11"), out.subList(0, 3));
        assertTrue(out.contains("subq $256, %rsp"), out::toString);
        assertTrue(out.contains("movaps %xmm15, 240(%rsp)"), out::toString);
        assertTrue(out.contains("movaps (%rsp), %xmm0"), out::toString);
        assertEquals(32, out.stream().filter(line -> line.startsWith("movaps ")).count());
        assertEquals("iretq", out.get(out.size() - 1));
    }

    @Test
    void loopKeepsInlineAsmMarkersGlobalDataAndRenumberedLabels() {
        assertEquals(List.of("ec:", "pushq %rax", "pushq %rax", "pushq %rcx", "cld", "cmpq $14, 24(%rsp)",
                        "jne .L1", "#APP", "cli", "#NO_APP", "xorl %eax, %eax", "movq counter@GOTPCREL(%rip), %rcx",
                        ".L2:", "addl %eax, (%rcx)", "incl %eax", "cmpl $100, %eax", "jne .L2", ".L1:",
                        "popq %rcx", "popq %rax", "addq $16, %rsp", "iretq", "counter:", ".long 0"),
                normaliser.normalise(Samples.read("loop-x86_64-llvm14.s")));
    }

    @Test
    void jumpTableAndStringKeepTheirDataAndReferToTheRenamedLabels() {
        assertEquals(List.of("sw:", "pushl %edx", "pushl %ecx", "pushl %eax", "cld", "movl 12(%esp), %eax",
                        "cmpl $4, %eax", "ja .L1", "jmpl *.L2(,%eax,4)",
                        ".L3:", "movl $10, counter", "movl $.L4, last", "jmp .L1",
                        ".L5:", "movl $21, counter", "jmp .L1",
                        ".L6:", "movl $32, counter", "jmp .L1",
                        ".L7:", "movl $43, counter", "jmp .L1",
                        ".L8:", "movl $54, counter",
                        ".L1:", "calll bar@PLT", "popl %eax", "popl %ecx", "popl %edx", "addl $4, %esp", "iretl",
                        ".L2:", ".long .L3", ".long .L5", ".long .L6", ".long .L7", ".long .L8",
                        "counter:", ".long 0", "last:", ".long 0", ".L4:", ".asciz \"vec #14:  pf\""),
                normaliser.normalise(Samples.read("switch-i686-llvm14.s")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"loop-x86_64-llvm20.s", "loop-x86_64-llvm14-debug.s", "loop-x86_64-llvm14-second.s"})
    void sameCodeNormalisesEqualDespiteLlvmVersionDebugInfoAndLabelNumbers(String variant) {
        String reference = Samples.read("loop-x86_64-llvm14.s");
        String other = Samples.read(variant);

        assertNotEquals(reference, other);
        assertEquals(normaliser.normalise(reference), normaliser.normalise(other));
    }

    @Test
    void compareImmediateFromRealLlcOutputStaysDifferent() {
        List<String> left = normaliser.normalise(Samples.read("loop-x86_64-llvm14.s"));
        List<String> right = normaliser.normalise(Samples.read("loop-x86_64-llvm14-cmp13.s"));

        assertEquals(List.of("cmpq $14, 24(%rsp) | cmpq $13, 24(%rsp)"), differingLines(left, right));
    }

    @Test
    void stackRealignmentImmediateStaysDifferent() {
        String realignTo16 = Samples.read("handler-i686-llvm20.s");
        String realignTo32 = realignTo16.replace("andl\t$-16, %esp", "andl\t$-32, %esp");

        assertEquals(List.of("andl $-16, %esp | andl $-32, %esp"),
                differingLines(normaliser.normalise(realignTo16), normaliser.normalise(realignTo32)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"handler-i686-llvm14.s", "handler-i686-llvm20.s", "handler-x86_64-llvm14.s",
            "loop-x86_64-llvm14.s", "loop-x86_64-llvm14-debug.s", "switch-i686-llvm14.s"})
    void normalisingTwiceChangesNothing(String sample) {
        String once = normaliser.normaliseToText(Samples.read(sample));

        assertEquals(once, normaliser.normaliseToText(once));
    }

    @Test
    void normaliseToTextEndsEveryLineWithANewline() {
        assertEquals("h:\ncld\niretl\n", normaliser.normaliseToText("h:\t# @h\n\tcld\n\tiretl\n"));
        assertEquals("", normaliser.normaliseToText("\t.text\n# %bb.0:\n"));
    }

    /** "left | right" for each index where the lists differ; both lists must be the same length. */
    private static List<String> differingLines(List<String> left, List<String> right) {
        assertEquals(left.size(), right.size());
        return IntStream.range(0, left.size())
                .filter(i -> !left.get(i).equals(right.get(i)))
                .mapToObj(i -> left.get(i) + " | " + right.get(i))
                .toList();
    }
}
