package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --llvm} on the commands that compile a user's file: another version, and what reads a file. */
class LlvmOptionTest {
    /** LLVM 20 syntax (a GEP flag from LLVM 19) that LLVM 16 cannot parse. */
    private static final String NEW_SYNTAX = """
            target triple = "x86_64-unknown-none"
            @g = global [4 x i32] zeroinitializer
            define x86_intrcc void @h(ptr byval(i8) %f) {
              %p = getelementptr inbounds nuw [4 x i32], ptr @g, i64 0, i64 1
              store volatile i32 1, ptr %p
              ret void
            }
            """;

    @Test
    void checkRunsOnTheNamedVersionAndRecordsIt(@TempDir Path dir) throws Exception {
        org.iretlab.Required.backend("worker-17");
        Path file = Files.writeString(dir.resolve("h.ll"), NEW_SYNTAX.replace(" nuw", ""));
        Cli r = Cli.run("check", "--llvm", "worker-17", file.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("[x86_64-unknown-none, worker-17 17.0.6]"), r::toString);
    }

    @Test
    void aFileTheChosenLlvmCannotReadNamesTheInstalledOnesThatCan(@TempDir Path dir) throws Exception {
        org.iretlab.Required.backend("worker-16");
        org.iretlab.Required.backend("worker-19");
        Path file = Files.writeString(dir.resolve("h.ll"), NEW_SYNTAX);
        Cli r = Cli.run("compile", "--llvm", "worker-16", file.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        String readers = r.err().lines().filter(l -> l.contains("installed backends that read it:")).findFirst().orElse("");
        assertTrue(readers.contains("embedded-20") && readers.contains("worker-19"), r::toString);
        assertFalse(readers.contains("worker-16"), "the backend that failed is not a reader: " + readers);
    }

    @Test
    void anUnknownBackendIsAnInputError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("h.ll"), NEW_SYNTAX);
        Cli r = Cli.run("check", "--llvm", "worker-14", file.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("no Bytedeco LLVM 14 exists"), r::toString);
    }
}
