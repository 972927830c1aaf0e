package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iretlab.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate-patch on the embedded LLVM and QEMU: claims that hold, claims that do not, and bad manifests. */
class ValidatePatchCommandTest {
    private static final String CORPUS = "../ir-tests/cases";
    private static final String HEAD = """
            title: t
            upstream: https://github.com/llvm/llvm-project/issues/26785
            ref: issue llvm/llvm-project#26785
            state: a test fixture
            summary: s
            no-bracket: a test fixture
            """;

    private static Path manifest(Path dir, String body) throws Exception {
        Files.writeString(dir.resolve("patch.txt"), HEAD + body);
        return dir;
    }

    /** The negative control: one true claim and one false one; the false one fails the run. */
    @Test
    void aFalseClaimFailsTheValidation() {
        Required.qemu();
        Cli r = Cli.run("validate-patch", "src/test/resources/patches/false-claim", "--corpus", CORPUS);
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*\\n  25 \\[i386-unknown-none mattr=\\+avx\\] +fixes misaligned-stack-access +PROTOTYPE-FIXED +as stated\\n.*"),
                r::toString);
        assertTrue(r.out().matches("(?s).*\\n  02 \\[i686-unknown-linux-gnu\\] +fixes misaligned-call-site +STILL-BROKEN +EXPECTED PROTOTYPE-FIXED\\n.*"),
                r::toString);
        assertTrue(r.out().contains("candidate: PROTOTYPE (pass stack-realign-32 on embedded-20"), r::toString);
        assertTrue(r.out().contains("+andl $-32, %esp"), "the assembly diff of case 25\n" + r);
        assertTrue(r.out().contains("NOT as stated"), r::toString);
    }

    /** Without the false claim the same run passes: the control fails for its claim, not for the run. */
    @Test
    void theTrueClaimAlonePasses(@TempDir Path dir) throws Exception {
        Required.qemu();
        Cli r = Cli.run("validate-patch", manifest(dir, """
                fixes: 25 @ i386-unknown-none mattr=+avx: misaligned-stack-access
                guard: 21 @ i386-unknown-none mattr=+sse2
                prototype: pass stack-realign-32
                prototype-on: embedded
                """).toString(), "--corpus", CORPUS, "--no-diff");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("oracle PROTOTYPE-FIXED: misaligned-stack-access handler-fault -> none"), r::toString);
        assertTrue(r.out().contains("PROTOTYPE-FIXED 1, UNCHANGED 1: every cell as the manifest states"), r::toString);
    }

    /**
     * Case 10c's inline asm declares x87 clobbers but its text is empty: the pass removes the static
     * finding, the running handler never showed one, so the prototype's claim does not pass.
     */
    @Test
    void aFixSeenOnlyStaticallyIsNoPrototypeFix(@TempDir Path dir) throws Exception {
        Required.qemu();
        Cli r = Cli.run("validate-patch", manifest(dir, """
                fixes: 10c: x87-state-clobbered
                prototype: pass x87-mmx-preserve
                prototype-on: embedded
                """).toString(), "--corpus", CORPUS, "--no-diff");
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        assertTrue(r.out().contains("static PROTOTYPE-FIXED: x87-state-clobbered -> none"), r::toString);
        assertTrue(r.out().contains("UNCHANGED") && r.out().contains("EXPECTED PROTOTYPE-FIXED"), r::toString);
        assertTrue(r.out().contains("FAILED: no claimed cell was confirmed under the oracle"), r::toString);
    }

    @Test
    void anUnknownCaseIsReportedAtItsLineBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("validate-patch", manifest(dir, """
                fixes: 01 no-such-case: misaligned-call-site
                prototype: pass stack-realign-32
                prototype-on: embedded
                """).toString(), "--corpus", CORPUS);
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("patch.txt:7: no case 'no-such-case' in the corpus"), r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace\n" + r);
    }

    @Test
    void aTargetTheCaseDoesNotHaveIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("validate-patch", manifest(dir, """
                fixes: 01 @ x86_64-unknown-linux-gnu: misaligned-call-site
                prototype: pass stack-realign-32
                prototype-on: embedded
                """).toString(), "--corpus", CORPUS);
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("patch.txt:7: case 01 has no target 'x86_64-unknown-linux-gnu'"), r::toString);
    }

    @Test
    void aPrototypeIsNeverJudgedWithoutTheOracle() {
        Cli r = Cli.run("validate-patch", "src/test/resources/patches/false-claim", "--corpus", CORPUS, "--no-oracle");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("a prototype's claims pass only under the execution oracle"), r::toString);
    }

    @Test
    void aBaselineWithoutACandidateIsAUsageError() {
        Cli r = Cli.run("validate-patch", "src/test/resources/patches/false-claim", "--corpus", CORPUS, "--baseline", "embedded");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("give both --baseline and --candidate"), r::toString);
    }
}
