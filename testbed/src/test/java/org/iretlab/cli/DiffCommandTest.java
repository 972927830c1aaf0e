package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @Test
    void oneHandlerOnTwoTriplesShowsTheRealignment() {
        Cli r = Cli.run("diff", "--params", "1", "--body", "call", "--left", "--triple i686-unknown-linux-gnu --attr-free",
                "--right", "--triple i686-unknown-linux-gnu");
        assertEquals(ExitCodes.INPUT, r.exit(), "an unknown option inside --left is an input error");
        assertTrue(r.err().contains("--left"), r::toString);

        Cli d = Cli.run("diff", "--params", "1", "--body", "call", "--triple", "i686-unknown-linux-gnu",
                "--right", "--mattr +avx");
        assertEquals(0, d.exit(), d::toString);
        // Each side's label is its target, printed as every target is.
        assertTrue(d.out().startsWith("--- handler i686-unknown-linux-gnu\n"), d::toString);
        assertTrue(d.out().contains("\n+++ handler i686-unknown-linux-gnu mattr=+avx\n"), d::toString);
        assertTrue(d.out().lines().anyMatch(l -> l.startsWith("+") && l.contains("vmovups")), d::toString);
    }

    @Test
    void twoFilesThatDifferByAnAlignmentShowOneChangedInstruction(@TempDir Path dir) throws Exception {
        String template = """
                target triple = "x86_64-unknown-none"
                define x86_intrcc void @h(ptr byval(i8) %%f) #0 {
                  %%v = alloca <4 x i32>, align 16
                  store volatile <4 x i32> zeroinitializer, ptr %%v
                  ret void
                }
                attributes #0 = { "stackrealign" alignstack=%d }
                """;
        Path a = Files.writeString(dir.resolve("a.ll"), template.formatted(16));
        Path b = Files.writeString(dir.resolve("b.ll"), template.formatted(32));
        Cli d = Cli.run("diff", a.toString(), b.toString(), "--exit-code");
        assertEquals(ExitCodes.BUG, d.exit(), d::toString);
        assertTrue(d.out().contains("\n-andq $-16, %rsp\n-subq $32, %rsp\n+andq $-32, %rsp\n+subq $64, %rsp\n"),
                d::toString);

        Cli same = Cli.run("diff", a.toString(), a.toString(), "--exit-code");
        assertEquals(0, same.exit(), same::toString);
        assertEquals("", same.out());
    }

    @Test
    void oneInputNeedsTwoOptionSets() {
        Cli r = Cli.run("diff", "--params", "1", "--triple", "x86_64-unknown-none");
        assertEquals(ExitCodes.INPUT, r.exit());
        assertTrue(r.err().contains("add --left and/or --right"), r::toString);
    }

    @Test
    void aSideThatCrashesMakesTheDiffExit3(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ec.ll"),
                "define x86_intrcc void @h(ptr byval(i8) %f, i64 %e) {\n  ret void\n}\n");
        Cli r = Cli.run("diff", ll.toString(), "--skip-prototype-check", "--left", "--triple x86_64-unknown-none",
                "--right", "--triple i686-unknown-linux-gnu");
        assertEquals(ExitCodes.CRASH, r.exit(), r::toString);
        assertTrue(r.err().contains("unsupported x86 interrupt prototype"), r::toString);
    }
}
