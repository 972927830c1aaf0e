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

    /** A branch: -O0 keeps both arms in source order with a jump, -O2 lays them out by probability. */
    private static final String BRANCHY = """
            target triple = "x86_64-unknown-none"
            @g = global i64 0
            define x86_intrcc void @h(ptr byval(i64) %frame) {
            entry:
              %a = load i64, ptr @g
              %c = icmp eq i64 %a, 0
              br i1 %c, label %z, label %nz
            z:
              store i64 1, ptr @g
              br label %done
            nz:
              store i64 2, ptr @g
              br label %done
            done:
              ret void
            }
            """;

    @Test
    void sideOptionsMayBeginWithADash(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("b.ll"), BRANCHY);
        Cli d = Cli.run("diff", ll.toString(), "--left", "-O0", "--right", "-O2", "--exit-code");
        assertEquals(ExitCodes.BUG, d.exit(), d::toString);
        // Each side's label is its target as every command prints one (-O2, the default, is not spelled out).
        assertTrue(d.out().startsWith("--- " + ll + " (the module's triple) -O0\n+++ " + ll + " (the module's triple)\n"),
                d::toString);
        assertTrue(d.out().contains("\n-jmp .L2\n"), d::toString);

        Cli triple = Cli.run("diff", ll.toString(), "--left", "--triple i686-unknown-linux-gnu", "--right", "-O2");
        assertEquals(0, triple.exit(), triple::toString);
        assertTrue(triple.out().contains("\n-pushl %eax\n"), triple::toString);

        // The same option on both sides: nothing to show.
        Cli same = Cli.run("diff", ll.toString(), "--left", "-O2", "--right", "-O2", "--exit-code");
        assertEquals(0, same.exit(), same::toString);
        assertEquals("", same.out());

        Cli missing = Cli.run("diff", ll.toString(), "--right", "-O2", "--left");
        assertEquals(ExitCodes.INPUT, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("--left needs a value"), missing::toString);
    }

    /** A call from a 32-bit Linux handler: LLVM 17 started realigning the stack for it (llvm#26851's fix). */
    private static final String CALL32 = """
            target triple = "i686-unknown-linux-gnu"
            %F32 = type { i32, i32, i32, i32, i32 }
            declare dso_local void @bar()
            define x86_intrcc void @h(ptr byval(%F32) %frame) {
              call void @bar()
              ret void
            }
            """;

    @Test
    void oneFileOnTwoLlvmsShowsWhatTheNewerChanged(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("call32.ll"), CALL32);
        Cli d = Cli.run("diff", ll.toString(), "--llvm", "llc-16,llc-19", "--exit-code");
        assertEquals(ExitCodes.BUG, d.exit(), d::toString);
        assertTrue(d.out().startsWith("--- " + ll + " --llvm llc-16\n+++ " + ll + " --llvm llc-19\n"), d::toString);
        assertTrue(d.out().contains("\n+andl $-16, %esp\n"), d::toString);

        Cli same = Cli.run("diff", ll.toString(), "--llvm", "llc-19,llc-19", "--exit-code");
        assertEquals(0, same.exit(), same::toString);
        assertEquals("", same.out());
    }

    @Test
    void twoLlvmsMustNameOneBackendEach(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("call32.ll"), CALL32);
        Cli three = Cli.run("diff", ll.toString(), "--llvm", "llc-16,llc-19,embedded");
        assertEquals(ExitCodes.INPUT, three.exit(), three::toString);
        assertTrue(three.err().contains("diff compares two backends"), three::toString);

        // A bare version names every backend of that LLVM (worker-16 and llc-16 here).
        Cli major = Cli.run("diff", ll.toString(), "--llvm", "16,llc-19");
        assertEquals(ExitCodes.INPUT, major.exit(), major::toString);
        assertTrue(major.err().contains("'16' names 2 backends (worker-16, llc-16)"), major::toString);
    }
}
