package org.iretlab.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/llvm-interrupt-tests without LLVM's source: what it answers when the llc, the tree or an
 * argument is wrong. (With a Debian tree and the patched llcs, PatchedLlcsIT runs it for real.)
 */
class LlvmInterruptTestsScriptTest {
    private static final Path SCRIPT = Path.of("../scripts/llvm-interrupt-tests").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    Path llc;

    @BeforeEach
    void standInLlc() throws Exception {
        // An llc that only says its version: enough for the script to get past naming it.
        llc = Files.writeString(dir.resolve("llc"), "#!/bin/sh\necho '  LLVM version 19.1.7'\n");
        Files.setPosixFilePermissions(llc, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("llc.conf"), "mine=" + llc + "\n");
        Files.createDirectories(dir.resolve("notllvm/llvm"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "                                    | --llc NAME|PATH is required",
        "--llc nosuch                        | no llc 'nosuch': not a path, and not named in",
        "--llc llc-mine --src NOTLLVM        | has no llvm/test/CodeGen/X86: not an LLVM source tree",
        "--llc mine --debian-source 19       | no Debian LLVM 19 tree under",
        "--llc LLC --src NOTLLVM --debian-source 19 | exclude each other",
        "--llc LLC --tests-diff              | --tests-diff needs a value",
        "--llc LLC --tests-diff MISSING      | no such file",
        "--bogus                             | unknown argument '--bogus'"})
    void badArgumentsSayWhatToDoAndExit2(String args, String expected) throws Exception {
        List<String> words = new ArrayList<>();
        for (String w : (args == null ? "" : args).strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(switch (w) {
                    case "LLC" -> llc.toString();
                    case "NOTLLVM" -> dir.resolve("notllvm").toString();
                    case "MISSING" -> dir.resolve("missing.diff").toString();
                    default -> w;
                });
            }
        }
        ScriptRun r = ScriptRun.of(SCRIPT, dir, words);
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains(expected), r.output());
        assertFalse(r.output().contains("line "), "a bash error, not the script's own message: " + r.output());
    }
}
