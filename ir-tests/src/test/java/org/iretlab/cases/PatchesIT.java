package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iretlab.backend.LlcBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.Corpus;
import org.iretlab.oracle.Oracle;
import org.iretlab.patch.Check;
import org.iretlab.patch.CheckResult;
import org.iretlab.patch.Claim;
import org.iretlab.patch.FlipStatus;
import org.iretlab.patch.Manifest;
import org.iretlab.patch.ManifestParser;
import org.iretlab.patch.PatchReport;
import org.iretlab.patch.PatchValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped manifests (patches/) validate as they state: the brackets on real LLVM binaries
 * (Bytedeco 16, 17, 19), the prototypes under the execution oracle; a false claim fails
 * validate-patch; and a user's own llc, named in an llc.conf or by its path, is validated like any
 * other candidate.
 */
class PatchesIT {
    private static final Path PATCHES = Path.of("../patches");
    private static final Toolchains TOOLCHAINS = Toolchains.discover(Toolchains.defaultConfig(), false, Duration.ofSeconds(120));
    private static final List<PatchValidator> VALIDATORS = new ArrayList<>();

    @AfterAll
    static void close() {
        VALIDATORS.forEach(PatchValidator::close);
    }

    @TestFactory
    Stream<DynamicContainer> everyShippedManifestValidatesAsItStates() throws IOException {
        requireQemu();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(PATCHES)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve(ManifestParser.FILE))).sorted().toList();
        }
        assertEquals(8, dirs.size(), "the five manifests of issue 8 and the three diffs of issue 16: " + dirs);
        return dirs.stream().map(dir -> {
            Manifest m = ManifestParser.read(dir);
            PatchValidator v = new PatchValidator(m, Corpus.load(CellChecks.CASES), TOOLCHAINS, new Oracle(Duration.ofSeconds(60)));
            VALIDATORS.add(v);
            return DynamicContainer.dynamicContainer(m.name(), m.checks().stream().map(check ->
                    DynamicTest.dynamicTest(check.describe() + " (patch.txt:" + check.line() + ")", () -> validate(m, v, check))));
        });
    }

    private static void validate(Manifest m, PatchValidator v, Check check) {
        if (m.proposal() != null) {
            requireBuilt(m, check.baseline());
            requireBuilt(m, check.candidate());
        }
        requireInstalled(check.baseline());
        if (!check.prototype()) {
            requireInstalled(check.candidate());
        }
        CheckResult r = v.run(check);
        StringWriter text = new StringWriter();
        new PatchReport(new PrintWriter(text, true), false).check(r, m.file() + ":" + check.line());
        assertTrue(r.passed(), text::toString);
        assertTrue(r.cells().stream().filter(c -> c.claim().role() == Claim.Role.FIXES).allMatch(c -> c.observed() == check.expected()),
                "every claimed cell shows " + check.expected() + "\n" + text);
        if (check.prototype()) {
            assertTrue(r.candidate().startsWith("PROTOTYPE"), r.candidate());
            assertFalse(r.cells().stream().anyMatch(c -> c.observed() == FlipStatus.FIXED), "a prototype is never FIXED\n" + text);
            assertTrue(r.cells().stream().anyMatch(c -> c.confirmedByOracle()), "confirmed under the oracle\n" + text);
        }
    }

    /** The negative control: a bracket claiming LLVM 17 fixed what it broke makes validate-patch fail. */
    @Test
    void aFalseBracketClaimFailsValidatePatch() {
        requireInstalled("16");
        requireInstalled("17");
        CliRun r = CliRun.of("validate-patch", "src/test/resources/patches/false-bracket", "--corpus", "cases", "--no-diff");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*\\n  25 \\[i386-unknown-none mattr=\\+avx\\] +fixes misaligned-stack-access +REGRESSED +EXPECTED FIXED\\n.*"),
                r::toString);
        assertTrue(r.out().matches("(?s).*\\n  01 \\[i686-unknown-linux-gnu\\] +fixes misaligned-call-site +FIXED +as stated\\n.*"),
                r::toString);
    }

    /** A patched llc as a user registers it: a line in llc.conf, then its name as the candidate. */
    @Test
    void aUsersLlcFromLlcConfIsACandidate(@TempDir Path dir) throws IOException {
        requireInstalled("17");
        requireInstalled("llc-19");
        Path conf = Files.writeString(dir.resolve("llc.conf"), "mine=" + LlcBackend.debianLlc(19) + "\n");
        CliRun r = CliRun.of("validate-patch", "../patches/llvm-82415", "--corpus", "cases", "--llc-config", conf.toString(),
                "--baseline", "17", "--candidate", "llc-mine", "--no-diff");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("candidate: llc-mine (LLVM 19.1"), r::toString);
        assertTrue(r.out().contains("FIXED 6, UNCHANGED 5: every cell as the manifest states"), r::toString);
    }

    /** Or by its path; and a candidate that does not contain the fix is told apart (STILL-BROKEN is not FIXED). */
    @Test
    void aUsersLlcByPathIsACandidateAndOneWithoutTheFixFails() {
        requireInstalled("17");
        requireInstalled("llc-16");
        CliRun r = CliRun.of("validate-patch", "../patches/llvm-82415", "--corpus", "cases", "--baseline", "17",
                "--candidate", LlcBackend.debianLlc(16).toString(), "--no-oracle", "--no-diff");
        assertEquals(1, r.exit(), "LLVM 16 still emits cld in leaf handlers\n" + r);
        assertTrue(r.out().matches("(?s).*\\n  16a \\[x86_64-unknown-linux-gnu\\] +fixes insn:cld +STILL-BROKEN +EXPECTED FIXED\\n.*"),
                r::toString);
    }

    /** An LLVM the manifests name (a major or a backend name); .ci/run installs them, elsewhere the test is skipped. */
    private static void requireInstalled(String nameOrMajor) {
        boolean present;
        try {
            TOOLCHAINS.resolve(nameOrMajor);
            present = true;
        } catch (org.iretlab.common.InputException e) {
            present = false;
        }
        CellChecks.require(present, "no LLVM '" + nameOrMajor + "' is installed", "scripts/setup-toolchains");
    }

    /**
     * A diff of our own is checked with the llcs built from it (scripts/build-patched-llc), which CI does not build
     * (an hour of its budget): where they are not registered the check is skipped, under CI too.
     */
    private static void requireBuilt(Manifest m, String backend) {
        try {
            TOOLCHAINS.resolve(backend);
        } catch (org.iretlab.common.InputException e) {
            Assumptions.abort("no '" + backend + "' registered: build it with the command in " + m.file()
                    + " and name the llc.conf it writes in $IRETLAB_LLC_CONFIG");
        }
    }

    private static void requireQemu() {
        CellChecks.require(Oracle.available("i386-unknown-none") && Oracle.available("x86_64-unknown-none"), "QEMU is missing",
                "scripts/setup.sh");
    }
}
