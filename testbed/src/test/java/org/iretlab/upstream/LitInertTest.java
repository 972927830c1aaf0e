package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.Required;
import org.iretlab.common.InertText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof under the real lit that a header line made inert cannot run: the same hostile title,
 * raw, does run (the control), and made inert, does not.
 */
class LitInertTest {
    private static final int MAJOR = 19;

    private static boolean runs(Path dir, String titleLine, Path witness) throws Exception {
        Files.createDirectories(dir);
        Path test = Files.writeString(dir.resolve("t.ll"), "; RUN: true\n;\n; " + titleLine + "\n\ndefine void @f() {\n  ret void\n}\n");
        LitRunner.run(test, MAJOR);
        return Files.exists(witness);
    }

    @Test
    void aTitleHoldingRunTouchDoesNotRunOnceInert(@TempDir Path dir) throws Exception {
        Required.executable(Path.of("/usr/lib/llvm-" + MAJOR + "/bin/FileCheck"), "scripts/setup-toolchains --llc " + MAJOR + " --tools");
        Path witness = dir.resolve("PWNED");
        String title = "crash when RUN: touch " + witness + " CHECK: nothing";

        assertTrue(runs(dir.resolve("raw"), title, witness), "control: lit runs a raw title's RUN: (else this test proves nothing)");
        Files.delete(witness);
        assertFalse(runs(dir.resolve("inert"), InertText.litLine(title, List.of("CHECK"), List.of()), witness),
                "lit ran the inert title");
    }
}
