package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, export-lit and reduce on bad input: exit 2, what was wrong and where, never a stack trace. */
class UpstreamCommandsTest {
    private static void refused(Cli r, String... says) {
        assertEquals(ExitCodes.INPUT, r.exit(), r.toString());
        for (String s : says) {
            assertTrue(r.err().contains(s), "expected '" + s + "' in:\n" + r);
        }
        assertFalse(r.err().contains("\tat org."), "a stack trace:\n" + r);
    }

    @Test
    void anUnknownCaseIsNamed() {
        refused(Cli.run("report", "--corpus", "../ir-tests/cases", "no-such-case"), "no-such-case", "no case of that id or name");
        refused(Cli.run("export-lit", "--corpus", "../ir-tests/cases", "no-such-case"), "no-such-case");
    }

    @Test
    void unreadableIrIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        org.iretlab.Required.backend("llc-16");
        Path bad = Files.writeString(dir.resolve("bad.ll"),
                "target triple = \"i686-unknown-linux-gnu\"\ndefine x86_intrcc void @f(ptr byval(i32) %p) {\n  ret void\n  bad\n}\n");
        refused(Cli.run("report", bad.toString(), "--llvm", "llc-16", "--no-oracle"), "bad.ll:4:", "no finding shows");
    }

    @Test
    void versionsThatCannotReadTheTestAreRefused() {
        refused(Cli.run("export-lit", "--corpus", "../ir-tests/cases", "01", "--check-on", "14"), "LLVM 14", "reader flag");
    }

    /** export-lit's --llvm is a backend name like every command's, and what it says is a sentence. */
    @Test
    void exportLitTakesABackendNameAndSaysWhatItWrote(@TempDir Path dir) {
        org.iretlab.Required.backend("llc-16");
        org.iretlab.Required.backend("llc-19");
        org.iretlab.Required.executable(Path.of("/usr/lib/llvm-19/build/utils/lit/lit.py"), "scripts/setup-toolchains --llc 19 --tools");
        Cli ok = Cli.run("export-lit", "--corpus", "../ir-tests/cases", "01", "--check-on", "16,19", "--llvm", "19", "-o", dir.toString());
        assertEquals(ExitCodes.OK, ok.exit(), ok.toString());
        assertEquals("wrote " + dir.resolve("01-misaligned-call-i686.ll") + ": CHECK lines from llc-19's output; under lit it passes "
                + "with LLVM 19 and fails with LLVM 16.", ok.out().strip(), ok.toString());
        refused(Cli.run("export-lit", "--corpus", "../ir-tests/cases", "01", "--check-on", "16,19", "--llvm", "llc-16"),
                "LLVM 16 shows the bug", "would pin the buggy code");
        refused(Cli.run("export-lit", "--corpus", "../ir-tests/cases", "01", "--check-on", "16,19", "--llvm", "llc-99"),
                "--llvm llc-99", "installed here");
        refused(Cli.run("reduce", "../ir-tests/cases/01-misaligned-call-i686.ll", "--keep", "misaligned-call-site", "--llvm", "llc-99"),
                "--llvm llc-99", "installed here");
    }

    @Test
    void reduceNeedsAKindAndAFile(@TempDir Path dir) {
        refused(Cli.run("reduce", dir.resolve("missing.ll").toString(), "--keep", "misaligned-call-site"), "missing.ll: no such file");
        refused(Cli.run("reduce", dir.resolve("missing.ll").toString()), "--keep KIND is required");
        refused(Cli.run("reduce", "../ir-tests/cases/01-misaligned-call-i686.ll", "--keep", "no-such-kind"), "unknown finding kind");
    }
}
