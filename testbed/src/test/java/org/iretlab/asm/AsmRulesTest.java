package org.iretlab.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule on its own, on excerpts of real llc output (see src/test/resources/asm). */
class AsmRulesTest {
    private static List<String> apply(AsmRule rule, String text) {
        return rule.apply(text.lines().toList());
    }

    @Test
    void dropMetadataSectionsDropsDebugInfoAndNotesButKeepsCodeAndData() {
        List<String> out = apply(AsmRules.DROP_METADATA_SECTIONS, """
                \tiretq
                .Ltmp1:
                .Lfunc_end0:
                \t.size\tec, .Lfunc_end0-ec
                \t.cfi_endproc
                \t.section\t.rodata,"a",@progbits
                .LJTI0_0:
                \t.long\t.LBB0_2
                \t.bss
                counter:
                \t.long\t0                               # 0x0
                \t.section\t.debug_abbrev,"",@progbits
                \t.byte\t1                               # Abbreviation Code
                \t.ascii\t"\\264B"                         # DW_AT_GNU_pubnames
                \t.section\t.debug_str,"MS",@progbits,1
                .Linfo_string0:
                \t.asciz\t"iretlab"                       # string offset=0
                \t.section\t".note.GNU-stack","",@progbits
                \t.section\t.debug_line,"",@progbits
                .Lline_table_start0:
                """);

        assertEquals("""
                \tiretq
                .Ltmp1:
                .Lfunc_end0:
                \t.size\tec, .Lfunc_end0-ec
                \t.cfi_endproc
                \t.section\t.rodata,"a",@progbits
                .LJTI0_0:
                \t.long\t.LBB0_2
                \t.bss
                counter:
                \t.long\t0                               # 0x0
                """.lines().toList(), out);
    }

    @Test
    void dropMetadataSectionsEndsAtTheNextCodeOrDataSection() {
        List<String> out = apply(AsmRules.DROP_METADATA_SECTIONS, """
                \t.section\t.debug_abbrev,"",@progbits
                \t.byte\t1
                \t.text
                h:
                \tiretl
                """);

        assertEquals(List.of("\t.text", "h:", "\tiretl"), out);
    }

    @Test
    void stripCommentsDropsCommentsButKeepsInlineAsmMarkersAndStrings() {
        List<String> out = apply(AsmRules.STRIP_COMMENTS, """
                \t.globl\tec                              # -- Begin function ec
                ec:                                     # @ec
                # %bb.0:                                # %entry
                \tcmpq\t$14, 24(%rsp)
                \tjne\t.LBB0_3
                # %bb.1:                                # %pf
                \t#APP
                \tcli
                \t#NO_APP
                \tsubq\t$256, %rsp                      # imm = 0x100
                \tmovaps\t%xmm15, 240(%rsp)               # 16-byte Spill
                .LBB0_2:                                # %loop
                                                        # =>This Inner Loop Header: Depth=1
                \t.asciz\t"vec #14:  pf"
                                                        # -- End function
                """);

        assertEquals("""
                \t.globl\tec
                ec:
                \tcmpq\t$14, 24(%rsp)
                \tjne\t.LBB0_3
                \t#APP
                \tcli
                \t#NO_APP
                \tsubq\t$256, %rsp
                \tmovaps\t%xmm15, 240(%rsp)
                .LBB0_2:
                \t.asciz\t"vec #14:  pf"
                """.lines().toList(), out);
    }

    @Test
    void collapseWhitespaceTrimsAndSingleSpacesOutsideStrings() {
        List<String> out = apply(AsmRules.COLLAPSE_WHITESPACE, """
                h:
                \tpushl\t%ebp
                \tmovups\t%xmm7, -40(%ebp)
                \tjmpl\t*.LJTI0_0(,%eax,4)
                \tmovl\t$.L.str, last
                \t#APP
                \t.asciz\t"vec #14:  pf"
                \t.cfi_def_cfa_offset 8
                \tiretl
                """);

        assertEquals(List.of("h:", "pushl %ebp", "movups %xmm7, -40(%ebp)", "jmpl *.LJTI0_0(,%eax,4)",
                "movl $.L.str, last", "#APP", ".asciz \"vec #14:  pf\"", ".cfi_def_cfa_offset 8", "iretl"), out);
    }

    @Test
    void dropBlankLinesDropsEmptyAndBlankLinesOnly() {
        List<String> out = apply(AsmRules.DROP_BLANK_LINES, """
                counter:
                \t.long\t0
                \t.size\tcounter, 4

                \t.section\t".note.GNU-stack","",@progbits
                \t
                """);

        assertEquals(List.of("counter:", "\t.long\t0", "\t.size\tcounter, 4",
                "\t.section\t\".note.GNU-stack\",\"\",@progbits"), out);
    }

    @Test
    void dropDirectivesKeepsInstructionsLabelsAndData() {
        // LLVM-C output, so no verbose-asm comments; the #APP block is how llc reprints
        // asm ".byte 0x0f, 0x0b\n.p2align 4".
        List<String> out = apply(AsmRules.DROP_DIRECTIVES, """
                \t.file\t"loop.ll"
                \t.text
                \t.globl\tec
                \t.p2align\t4
                \t.type\tec,@function
                ec:
                \t.cfi_startproc
                \tpushq\t%rax
                \t.cfi_def_cfa_offset 16
                \t.loc\t1 2 7 prologue_end
                \tcmpq\t$14, 24(%rsp)
                \t#APP
                \t.byte\t15
                \t.byte\t11
                \t.p2align\t4, 0x90
                \t#NO_APP
                \t.p2align\t4, 0x90
                .LBB0_2:
                \taddl\t%eax, (%rcx)
                \tiretq
                .Lfunc_end0:
                \t.size\tec, .Lfunc_end0-ec
                \t.cfi_endproc
                \t.section\t.rodata,"a",@progbits
                .LJTI0_0:
                \t.long\t.LBB0_2
                \t.bss
                counter:
                \t.long\t0
                .L.str:
                \t.asciz\t"vec #14:  pf"
                \t.section\t".note.GNU-stack","",@progbits
                """);

        assertEquals("""
                ec:
                \tpushq\t%rax
                \tcmpq\t$14, 24(%rsp)
                \t#APP
                \t.byte\t15
                \t.byte\t11
                \t#NO_APP
                .LBB0_2:
                \taddl\t%eax, (%rcx)
                \tiretq
                .Lfunc_end0:
                .LJTI0_0:
                \t.long\t.LBB0_2
                counter:
                \t.long\t0
                .L.str:
                \t.asciz\t"vec #14:  pf"
                """.lines().toList(), out);
    }

    @Test
    void dropUnreferencedLocalLabelsKeepsLabelsThatCodeOrDataUse() {
        List<String> out = apply(AsmRules.DROP_UNREFERENCED_LOCAL_LABELS, """
                sw:
                .Lfunc_begin0:
                .Ltmp0:
                \tja .LBB0_7
                \tjmpl *.LJTI0_0(,%eax,4)
                .LBB0_2:
                \tmovl $.L.str, last
                .LBB0_7:
                \tiretl
                .Ltmp1:
                .Lfunc_end0:
                .LJTI0_0:
                \t.long .LBB0_2
                .L.str:
                \t.asciz "vec #14:  pf"
                """);

        assertEquals("""
                sw:
                \tja .LBB0_7
                \tjmpl *.LJTI0_0(,%eax,4)
                .LBB0_2:
                \tmovl $.L.str, last
                .LBB0_7:
                \tiretl
                .LJTI0_0:
                \t.long .LBB0_2
                .L.str:
                \t.asciz "vec #14:  pf"
                """.lines().toList(), out);
    }

    @Test
    void renumberLocalLabelsRenamesDefinitionsAndUsesInOrderOfFirstAppearance() {
        List<String> out = apply(AsmRules.RENUMBER_LOCAL_LABELS, """
                \tja .LBB0_7
                \tjmpl *.LJTI0_0(,%eax,4)
                .LBB0_2:
                \tmovl $.L.str, last
                \tjmp .LBB0_7
                .LBB0_7:
                \tcalll bar@PLT
                .LJTI0_0:
                \t.long .LBB0_2
                .L.str:
                \t.asciz "vec #14:  pf"
                """);

        assertEquals("""
                \tja .L1
                \tjmpl *.L2(,%eax,4)
                .L3:
                \tmovl $.L4, last
                \tjmp .L1
                .L1:
                \tcalll bar@PLT
                .L2:
                \t.long .L3
                .L4:
                \t.asciz "vec #14:  pf"
                """.lines().toList(), out);
    }

    @Test
    void renumberLocalLabelsForgetsTheFunctionNumber() {
        String first = """
                \tjne .LBB0_3
                .LBB0_2:
                \tjne .LBB0_2
                .LBB0_3:
                \tiretq
                """;
        String second = first.replace(".LBB0_", ".LBB1_");

        assertEquals(apply(AsmRules.RENUMBER_LOCAL_LABELS, first), apply(AsmRules.RENUMBER_LOCAL_LABELS, second));
    }

    static Stream<Arguments> instructionsUnderEachRule() {
        List<String> instructions = List.of("iretl", "iretq", "addl $4, %esp", "movaps %xmm0, -24(%ebp)",
                "andl $-16, %esp", "call bar", "calll bar@PLT", "cld", "cmpq $14, 24(%rsp)",
                "movq counter@GOTPCREL(%rip), %rcx", "movl 12(%esp), %eax");
        return AsmRules.standard().stream()
                .flatMap(rule -> instructions.stream().map(instruction -> Arguments.of(rule, instruction)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("instructionsUnderEachRule")
    void everyRuleLeavesInstructionsAloneButForWhitespace(AsmRule rule, String instruction) {
        String asLlcPrintsIt = "\t" + instruction.replaceFirst(" ", "\t");
        List<String> out = rule.apply(List.of(asLlcPrintsIt));

        assertEquals(1, out.size());
        assertEquals(instruction, out.get(0).strip().replaceAll("\\s+", " "));
    }
}
