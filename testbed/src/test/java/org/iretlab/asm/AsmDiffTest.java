package org.iretlab.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsmDiffTest {
    private final AsmNormaliser normaliser = AsmNormaliser.standard();
    private final String cmp14 = normaliser.normaliseToText(Samples.read("loop-x86_64-llvm14.s"));
    private final String cmp13 = normaliser.normaliseToText(Samples.read("loop-x86_64-llvm14-cmp13.s"));

    @Test
    void equalTextsGiveAnEmptyDiff() {
        String llvm20 = normaliser.normaliseToText(Samples.read("loop-x86_64-llvm20.s"));

        assertEquals("", AsmDiff.unified("llvm14", cmp14, "llvm20", llvm20, 3));
        assertTrue(AsmDiff.same(cmp14, llvm20));
    }

    @Test
    void changedInstructionShowsAsRemovedAndAddedLineWithContext() {
        assertEquals("""
                --- cmp14.s
                +++ cmp13.s
                @@ -5,3 +5,3 @@
                 cld
                -cmpq $14, 24(%rsp)
                +cmpq $13, 24(%rsp)
                 jne .L1
                """, AsmDiff.unified("cmp14.s", cmp14, "cmp13.s", cmp13, 1));
        assertFalse(AsmDiff.same(cmp14, cmp13));
    }

    @Test
    void diffsTheTextAsGivenWithoutNormalising() {
        String verbose = Samples.read("loop-x86_64-llvm14.s");
        String quiet = Samples.read("loop-x86_64-llvm20.s");

        assertTrue(AsmDiff.unified("llvm14", verbose, "llvm20", quiet, 0).contains("\n-ec:                  "));
        assertFalse(AsmDiff.same(verbose, quiet));
    }

    @Test
    void aMissingFinalNewlineIsNoDifference() {
        assertEquals("", AsmDiff.unified("a", "cld\niretl\n", "b", "cld\niretl", 3));
        assertTrue(AsmDiff.same("cld\niretl\n", "cld\niretl"));
    }

    @Test
    void negativeContextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AsmDiff.unified("a", cmp14, "b", cmp13, -1));
    }
}
