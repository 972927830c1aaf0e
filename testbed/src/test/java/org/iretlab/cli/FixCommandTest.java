package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    private static final String OVERALIGNED = """
            target triple = "i386-unknown-none"
            define x86_intrcc void @h(ptr byval(i32) %%f) {
              %%v = alloca <8 x i32>, align 32
              store volatile <8 x i32> zeroinitializer, ptr %%v, align 32
              ret void
            }
            """;

    @Test
    void theFixShowsFindingsBeforeAndAfterAndTheAssemblyDiff(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("h.ll"), OVERALIGNED.formatted());
        Cli r = Cli.run("fix", ll.toString(), "--mattr=+avx", "--in-process");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("before: @h BUG") && r.out().contains("misaligned-stack-access"), r::toString);
        assertTrue(r.out().contains("pass stack-realign-32: @h: added \"stackrealign\""), r::toString);
        assertTrue(r.out().contains("after: @h OK"), r::toString);
        assertTrue(r.out().contains("\n-andl $-16, %esp\n") && r.out().contains("\n+andl $-32, %esp\n"), r::toString);
    }

    @Test
    void aHandlerThatNeedsNothingIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("h.ll"), """
                target triple = "i386-unknown-none"
                define x86_intrcc void @h(ptr byval(i32) %f) {
                  ret void
                }
                """);
        Cli r = Cli.run("fix", ll.toString(), "--in-process");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("pass: nothing to change") && !r.out().contains("+++ after"), r::toString);
    }

    @Test
    void aCaseIdRunsOnEachOfItsTargetsAndABugThatRemainsIsExit1() {
        Cli fixed = Cli.run("fix", "21", "--corpus", "../ir-tests/cases", "--in-process");
        assertEquals(ExitCodes.OK, fixed.exit(), "outlining fixes the xmm spill on i686-unknown-linux-gnu\n" + fixed);
        assertEquals(3, fixed.out().lines().filter(l -> l.startsWith("== ")).count(), fixed::toString);
        Cli left = Cli.run("fix", "02", "--corpus", "../ir-tests/cases", "--in-process");
        assertEquals(ExitCodes.BUG, left.exit(), "a \"no-realign-stack\" handler is left alone: its call stays misaligned\n" + left);
    }

    @Test
    void anUnknownPassIsAnInputError(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("h.ll"), OVERALIGNED.formatted());
        Cli r = Cli.run("fix", ll.toString(), "--pass", "make-it-work", "--in-process");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.out().contains("unknown pass 'make-it-work'") || r.err().contains("unknown pass 'make-it-work'"), r::toString);
    }
}
