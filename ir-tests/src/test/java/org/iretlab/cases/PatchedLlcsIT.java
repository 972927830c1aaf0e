package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.ExternalProcess;
import org.iretlab.patch.Check;
import org.iretlab.patch.Manifest;
import org.iretlab.patch.ManifestParser;
import org.iretlab.upstream.LitExporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * iretlab's own diffs of LLVM's X86 backend (patches/NAME with a {@code proposal:}), judged with the
 * llcs built from them: LLVM's own interrupt tests change only where the fix says, the updated
 * tests kept beside the diff tell the fix apart, and the upstream report and regression test of the
 * bug iretlab found (case 40) do what they claim. The llcs come from scripts/build-patched-llc,
 * which CI does not run (an hour of its budget): where they are not registered in the llc
 * configuration ($IRETLAB_LLC_CONFIG) these tests are skipped, in CI too. PatchesIT runs their
 * validate-patch claims under the same rule.
 */
class PatchedLlcsIT {
    private static final Path PATCHES = Path.of("../patches");
    private static final Path SCRIPT = Path.of("../scripts/llvm-interrupt-tests");
    private static final Toolchains TOOLCHAINS = Toolchains.discover(Toolchains.defaultConfig(), false, Duration.ofSeconds(120));
    private static final Pattern FAILED = Pattern.compile("(?m)^FAIL: LLVM :: CodeGen/X86/(\\S+)");
    private static final Pattern TOUCHED = Pattern.compile("(?m)^\\+\\+\\+ b/llvm/test/CodeGen/X86/(\\S+)");

    @TestFactory
    Stream<DynamicTest> llvmsOwnInterruptTestsChangeOnlyWhereTheFixSays() throws IOException {
        List<Manifest> ours;
        try (Stream<Path> s = Files.list(PATCHES)) {
            ours = s.filter(d -> Files.isRegularFile(d.resolve(ManifestParser.FILE))).sorted().map(ManifestParser::read)
                    .filter(m -> m.proposal() != null && m.proposal().tested()).toList();
        }
        assertEquals(3, ours.size(), "the three tested diffs of issue 16: " + ours.stream().map(Manifest::name).toList());
        return ours.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
            Check bracket = m.checks().stream().filter(c -> !c.prototype()).findFirst().orElseThrow();
            requireRegistered(bracket.baseline(), m);
            requireRegistered(bracket.candidate(), m);
            Path testsDiff = m.dir().resolve(m.name() + ".tests.diff");
            Set<String> touched = matches(TOUCHED, Files.readString(testsDiff));
            assertTrue(!touched.isEmpty(), testsDiff + " changes no test");

            Script released = Script.run("--llc", bracket.baseline());
            assertEquals(0, released.exit(), "LLVM's tests pass on the unpatched build\n" + released);
            Script patched = Script.run("--llc", bracket.candidate());
            assertEquals(1, patched.exit(), "the fix changes what some test checks\n" + patched);
            assertEquals(touched, matches(FAILED, patched.out()), "the tests that fail with the fix are the ones its tests diff updates\n" + patched);
            Script updated = Script.run("--llc", bracket.candidate(), "--tests-diff", testsDiff.toString());
            assertEquals(0, updated.exit(), "the updated tests pass with the fix\n" + updated);
            // The negative control: the updated tests fail without the fix, so they pin it.
            Script withoutFix = Script.run("--llc", bracket.baseline(), "--tests-diff", testsDiff.toString());
            assertEquals(1, withoutFix.exit(), "the updated tests fail on the unpatched build\n" + withoutFix);
            assertEquals(touched, matches(FAILED, withoutFix.out()), withoutFix.toString());
        }));
    }

    /** export-lit's regression test for case 40 fails on the unpatched build and passes on the patched one, under the real lit. */
    @Test
    void theRegressionTestOfTheBugIretlabFoundFailsWithoutTheFixAndPassesWithIt(@TempDir Path dir) throws IOException {
        requireRegistered("llc-src19", null);
        requireRegistered("llc-intr32-xmm-csr-slots", null);
        CliRun r = CliRun.of("export-lit", "40", "--corpus", "cases", "--check-on", "llc-src19,llc-intr32-xmm-csr-slots", "-o", dir.toString());
        assertEquals(0, r.exit(), r.toString());
        String test = Files.readString(dir.resolve("40-xmm-spill-through-ebp-i686-linux.ll"));
        Map<String, Boolean> said = new LinkedHashMap<>(LitExporter.statement(test));
        assertEquals(Map.of("llc-src19", false, "llc-intr32-xmm-csr-slots", true), said, test);
        assertTrue(test.contains("\n; CHECK-NEXT:    movaps %xmm0, (%esp)"), "the save is ESP-relative in the realigned area\n" + test);
        // The unpatched build's output must not become the CHECK lines.
        CliRun pinned = CliRun.of("export-lit", "40", "--corpus", "cases", "--check-on", "llc-src19,llc-intr32-xmm-csr-slots", "--llvm", "llc-src19");
        assertEquals(2, pinned.exit(), pinned.toString());
        assertTrue(pinned.err().contains("would pin the buggy code"), pinned.toString());
    }

    /** The report tells the patched build from the release it was built from, though both are LLVM 19.1.7. */
    @Test
    void theReportNamesThePatchedBuildAsTheOneWithoutTheBug() {
        requireRegistered("llc-src19", null);
        requireRegistered("llc-intr32-xmm-csr-slots", null);
        CliRun r = CliRun.of("report", "40", "--corpus", "cases", "--no-oracle", "--llvm", "llc-16,llc-src19,llc-intr32-xmm-csr-slots");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("LLVM 16.0.6, llc-src19 (19.1.7) show misaligned-stack-access"), r.toString());
        assertTrue(r.out().contains("; LLVM llc-intr32-xmm-csr-slots (19.1.7) does not."), r.toString());
    }

    private static Set<String> matches(Pattern p, String text) {
        Matcher m = p.matcher(text);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void requireRegistered(String backend, Manifest m) {
        if (TOOLCHAINS.userLlc(backend).isEmpty()) {
            Assumptions.abort("no '" + backend + "' registered: build it with scripts/build-patched-llc"
                    + (m == null ? "" : " (the command is in " + m.file() + ")") + " and name its llc.conf in $IRETLAB_LLC_CONFIG");
        }
    }

    /** What scripts/llvm-interrupt-tests said. */
    private record Script(int exit, String out, String err) {
        static Script run(String... args) throws IOException {
            List<String> command = Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(args)).toList();
            ExternalProcess.Result r = ExternalProcess.run(command, Duration.ofMinutes(5));
            return new Script(r.exitCode(), r.stdout(), r.stderr());
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
