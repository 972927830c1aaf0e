package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.common.ExternalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompileCommandTest {

    /** The last instructions of the normalised assembly. */
    private static List<String> tail(String asm, int n) {
        List<String> lines = AsmNormaliser.standard().normalise(asm).stream()
                .filter(l -> !l.endsWith(":") && !l.startsWith(".")).toList();
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    @ParameterizedTest(name = "{0} with {1} parameter(s)")
    @CsvSource({
        "i386-unknown-none, 1, iretl, ",
        "i386-unknown-none, 2, iretl, 'addl $4, %esp'",
        "x86_64-unknown-none, 1, iretq, ",
        "x86_64-unknown-none, 2, iretq, 'addq $16, %rsp'",
    })
    void handlerSpecEndsInIretAndPopsTheErrorCode(String triple, String params, String iret, String pop) {
        Cli r = Cli.run("compile", "--params", params, "--triple", triple);
        assertEquals(0, r.exit(), r::toString);
        List<String> last = tail(r.out(), 2);
        assertEquals(iret, last.get(last.size() - 1), r::toString);
        if (pop != null) {
            assertEquals(List.of(pop, iret), last, "the error code is popped right before iret");
        } else {
            assertTrue(last.stream().noneMatch(l -> l.startsWith("add")), "no error code, nothing to pop: " + last);
        }
    }

    @Test
    void emitObjWritesAnElfObjectThatObjdumpReads(@TempDir Path dir) throws Exception {
        Path objdump = org.iretlab.Required.tool("objdump");
        Path obj = dir.resolve("h.o");
        Cli r = Cli.run("compile", "--params", "2", "--triple", "x86_64-unknown-none", "--emit", "obj", "-o", obj.toString());
        assertEquals(0, r.exit(), r::toString);
        byte[] head = Arrays.copyOf(Files.readAllBytes(obj), 4);
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, head);
        ExternalProcess.Result dump = ExternalProcess.run(List.of(objdump.toString(), "-d", obj.toString()), Duration.ofSeconds(30));
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertTrue(dump.stdout().contains("<handler>:"), dump.stdout());
        assertTrue(Pattern.compile("add\\s+\\$0x10,%rsp\\s*\\n.*iretq").matcher(dump.stdout()).find(), dump.stdout());
    }

    @Test
    void emitObjWithoutOutputIsAUsageError() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "i386-unknown-none", "--emit", "obj");
        assertEquals(ExitCodes.INPUT, r.exit());
        assertTrue(r.err().contains("--emit obj writes a binary ELF object: give -o FILE"), r::toString);
    }

    @Test
    void aFileCompilesInAWorkerAndUsesItsOwnTriple(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("h.ll"), """
                target triple = "i686-unknown-linux-gnu"
                declare void @bar()
                define x86_intrcc void @h(ptr byval(i32) %frame) {
                  call void @bar()
                  ret void
                }
                """);
        Cli r = Cli.run("compile", ll.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("andl\t$-16, %esp"), r::toString);
        Cli other = Cli.run("compile", ll.toString(), "--triple", "x86_64-unknown-none");
        assertTrue(other.out().contains("iretq"), other::toString);
    }

    @Test
    void malformedFileIsExit2WithFileLineColumn(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("bad.ll"), "define x86_intrcc void @h(ptr byval(i8) %f) {\n  rett void\n}\n");
        Cli r = Cli.run("compile", ll.toString(), "--triple", "x86_64-unknown-none");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains(ll + ":2:3: error: expected instruction opcode"), r::toString);
    }

    @Test
    void aFatalErrorInTheWorkerIsExit3AndThisProcessLives(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("ret.ll"),
                "define x86_intrcc i64 @h(ptr byval(i8) %f) {\n  ret i64 1\n}\n");
        Cli refused = Cli.run("compile", ll.toString(), "--triple", "x86_64-unknown-none");
        assertEquals(ExitCodes.INPUT, refused.exit(), refused::toString);
        assertTrue(refused.err().contains(ll + ":1: error: @h: an interrupt handler must return void"), refused::toString);

        Cli crashed = Cli.run("compile", ll.toString(), "--triple", "x86_64-unknown-none", "--skip-prototype-check");
        assertEquals(ExitCodes.CRASH, crashed.exit(), crashed::toString);
        assertTrue(crashed.err().contains("iretlab: crash: LLVM ERROR: X86 interrupts may not return any value"),
                crashed::toString);
    }

    @Test
    void fileAndHandlerOptionsTogetherAreRefused(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("h.ll"), "");
        Cli r = Cli.run("compile", ll.toString(), "--params", "1", "--triple", "x86_64-unknown-none");
        assertEquals(ExitCodes.INPUT, r.exit());
        assertTrue(r.err().contains("not both"), r::toString);
    }

    @Test
    void aBadOptionValueIsExit2WithWhatToUse() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--body", "sse9");
        assertEquals(ExitCodes.INPUT, r.exit());
        assertTrue(r.err().contains("unknown body feature 'sse9'"), r::toString);
        Cli model = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--code-model", "huge");
        assertEquals(ExitCodes.INPUT, model.exit());
        assertTrue(model.err().contains("unknown code model 'huge'"), model::toString);
        Cli nonX86 = Cli.run("compile", "--params", "1", "--triple", "aarch64-unknown-none");
        assertEquals(ExitCodes.INPUT, nonX86.exit(), nonX86::toString);
    }

    @Test
    void versionNamesIretlabAndTheEmbeddedLlvm() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("(?s)iretlab \\d+\\.\\d+\\.\\d+.*\\nembedded LLVM 20\\.1\\.7 .*"), r::toString);
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"compile", "--help"},
                new String[] {"diff", "--help"}, new String[] {"bench", "compile", "--help"})) {
            Cli r = Cli.run(args);
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("2   usage or input error"), r::toString);
        }
    }
}
