package org.iretlab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.backend.Assembler;
import org.iretlab.decode.DecodedInstruction;
import org.iretlab.decode.ObjectDecoder;
import org.junit.jupiter.api.Test;

/**
 * The width of every kind of memory operand, from the instruction set reference: each line is
 * assembled and decoded by LLVM, classified, and its width compared. (A table of instruction facts,
 * not compiler output: the point is one instruction of each form.)
 */
class MemoryWidthTest {
    private static final Map<String, Integer> X86_64 = new LinkedHashMap<>();
    private static final Map<String, Integer> I386 = new LinkedHashMap<>();

    static {
        X86_64.put("movss %xmm0, -20(%rbp)", 4);
        X86_64.put("movsd %xmm0, -24(%rbp)", 8);
        X86_64.put("vmovss %xmm1, 4(%rsp)", 4);
        X86_64.put("vmovsd %xmm1, 8(%rsp)", 8);
        X86_64.put("movd %xmm2, (%rsp)", 4);
        X86_64.put("movq %xmm2, (%rsp)", 8);
        X86_64.put("movlps %xmm3, (%rsp)", 8);
        X86_64.put("movhpd %xmm3, (%rsp)", 8);
        X86_64.put("pextrb $1, %xmm4, (%rsp)", 1);
        X86_64.put("pextrw $1, %xmm4, (%rsp)", 2);
        X86_64.put("pextrd $1, %xmm4, (%rsp)", 4);
        X86_64.put("pextrq $1, %xmm4, (%rsp)", 8);
        X86_64.put("extractps $1, %xmm4, (%rsp)", 4);
        X86_64.put("movaps %xmm5, (%rsp)", 16);
        X86_64.put("vmovups %ymm5, (%rsp)", 32);
        X86_64.put("vmovdqu64 %zmm5, (%rsp)", 64);
        X86_64.put("vextractf128 $1, %ymm6, (%rsp)", 16);
        X86_64.put("vextracti64x4 $1, %zmm6, (%rsp)", 32);
        X86_64.put("vbroadcastf32x4 (%rsp), %zmm6", 16);
        X86_64.put("vbroadcasti64x2 (%rsp), %ymm6", 16);
        X86_64.put("vbroadcastf64x4 (%rsp), %zmm6", 32);
        X86_64.put("vbroadcasti32x8 (%rsp), %zmm6", 32);
        X86_64.put("vbroadcasti32x2 (%rsp), %zmm6", 8);
        X86_64.put("vcvtps2ph $0, %xmm7, (%rsp)", 8);
        X86_64.put("vcvtps2ph $0, %ymm7, (%rsp)", 16);
        X86_64.put("vpmovqd %zmm1, (%rsp)", 32);
        X86_64.put("vpmovdb %zmm1, (%rsp)", 16);
        X86_64.put("kmovw %k1, (%rsp)", 2);
        X86_64.put("kmovd %k1, (%rsp)", 4);
        X86_64.put("kmovq %k1, (%rsp)", 8);
        X86_64.put("movq %mm0, (%rsp)", 8);
        X86_64.put("movd %mm0, (%rsp)", 4);
        X86_64.put("fstps (%rsp)", 4);
        X86_64.put("fstpl (%rsp)", 8);
        X86_64.put("fstpt (%rsp)", 10);
        X86_64.put("fistps (%rsp)", 2);
        X86_64.put("fistpl (%rsp)", 4);
        X86_64.put("fistpll (%rsp)", 8);
        X86_64.put("fisttpl (%rsp)", 4);
        X86_64.put("fbstp (%rsp)", 10);
        X86_64.put("fnstsw (%rsp)", 2);
        X86_64.put("fnstcw (%rsp)", 2);
        X86_64.put("fnstenv (%rsp)", 28);
        X86_64.put("fnsave (%rsp)", 108);
        X86_64.put("fxsave64 (%rsp)", 512);
        X86_64.put("stmxcsr (%rsp)", 4);
        X86_64.put("sete (%rsp)", 1);
        X86_64.put("shll %cl, (%rsp)", 4);
        X86_64.put("movw %ds, (%rsp)", 2);
        X86_64.put("movzbl (%rsp), %eax", 1);
        X86_64.put("movslq (%rsp), %rax", 4);
        X86_64.put("lock cmpxchgl %ecx, (%rsp)", 4);
        X86_64.put("lock cmpxchg16b (%rsp)", 16);
        X86_64.put("lock xaddq %rax, (%rsp)", 8);
        X86_64.put("sgdtq (%rsp)", 10);
        X86_64.put("strw (%rsp)", 2);
        I386.put("lock cmpxchg8b (%esp)", 8);
        I386.put("sgdtl (%esp)", 6);
        I386.put("movss %xmm0, 4(%esp)", 4);
        I386.put("pushl %ds", 4);
        I386.put("vbroadcastf32x4 (%esp), %zmm1", 16);
    }

    @Test
    void everyMemoryOperandHasTheWidthTheManualGives() {
        List<String> wrong = new ArrayList<>();
        check("x86_64-unknown-none", "+avx512f", X86_64, wrong);
        check("i386-unknown-none", "+sse2", I386, wrong);
        assertEquals(List.of(), wrong);
    }

    private static void check(String triple, String features, Map<String, Integer> expected, List<String> wrong) {
        String text = ".globl f\n.type f,@function\nf:\n" + String.join("\n", expected.keySet()) + "\n.size f, .-f\n";
        List<DecodedInstruction> code = ObjectDecoder.decode(Assembler.assemble("widths.s", text, triple), triple)
                .function("f").orElseThrow().instructions();
        TargetFacts facts = TargetFacts.defaults(triple, features, false);
        List<String> lines = List.copyOf(expected.keySet());
        assertEquals(lines.size(), code.size(), code::toString);
        for (int k = 0; k < code.size(); k++) {
            ParsedInstruction p = ParsedInstruction.parse(code.get(k));
            int width = MemoryWidth.of(p, Semantics.classify(p), facts);
            if (width != expected.get(lines.get(k))) {
                wrong.add(lines.get(k) + " (" + code.get(k).text() + "): " + width + " bytes, not " + expected.get(lines.get(k)));
            }
        }
    }
}
