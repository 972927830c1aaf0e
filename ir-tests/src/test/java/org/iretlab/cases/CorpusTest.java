package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.corpus.CaseRunner;
import org.iretlab.corpus.Cell;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Golden;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import org.iretlab.verdict.FindingKind;
import java.time.Duration;
import org.iretlab.backend.LlcBackend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case x target on the embedded LLVM, as a named dynamic test: the finding kinds (or the
 * refusal) equal the case's expectation for this LLVM version, and the normalised assembly equals
 * the golden file (regenerate with ./iretlab reproduce --bless, review the diff). The corpus is
 * ours and the lint refuses whatever would abort LLVM, so it compiles in this process.
 */
class CorpusTest {
    private static final Path CASES = Path.of("cases");
    private static final Golden GOLDEN = new Golden(Path.of("golden"));
    private static final CaseRunner RUNNER = new CaseRunner(new InProcessBackend());
    private static final Set<FindingKind> CLAIMED = org.iretlab.passes.Passes.CLAIMED.stream().map(FindingKind::byId)
            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(FindingKind.class)));

    @TestFactory
    Stream<DynamicTest> everyCaseOnTheEmbeddedLlvm() {
        return cells(RUNNER);
    }

    /**
     * The same on Debian's LLVM 14 (llc in a child process), which .ci/run installs: in CI a missing
     * llc-14 fails the test, on a person's machine without it the test is skipped.
     */
    @TestFactory
    Stream<DynamicTest> everyCaseOnDebianLlvm14() {
        Path llc = LlcBackend.debianLlc(14);
        if (!Files.isExecutable(llc)) {
            assertFalse("true".equals(System.getenv("CI")), llc + " is missing, and CI must have it (scripts/setup.sh installs llvm-14)");
            Assumptions.assumeTrue(false, llc + " is not installed: skipped on this machine");
        }
        return cells(new CaseRunner(new LlcBackend(llc, Duration.ofSeconds(120))));
    }

    /**
     * After iretlab's fix passes, on both LLVMs: each cell equals its after-fix line, and the passes
     * only take findings away, and only the kinds they claim (misaligned stack accesses and call
     * sites; x87, MMX and MXCSR state and the FP environment); nothing appears.
     */
    @TestFactory
    Stream<DynamicTest> everyCaseAfterTheFixPasses() {
        Stream<CaseRunner> runners = Stream.of(RUNNER);
        Path llc = LlcBackend.debianLlc(14);
        if (Files.isExecutable(llc)) {
            runners = Stream.concat(runners, Stream.of(new CaseRunner(new LlcBackend(llc, Duration.ofSeconds(120)))));
        } else {
            assertFalse("true".equals(System.getenv("CI")), llc + " is missing, and CI must have it");
        }
        Set<FindingKind> claimed = CLAIMED;
        return runners.flatMap(runner -> Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t ->
                DynamicTest.dynamicTest(c.stem() + " [" + t.spec() + "] llvm=" + runner.llvmMajor() + " after fix", () -> {
                    Cell before = runner.run(c, t);
                    Cell after = runner.run(c, t, CaseRunner.FIX_PASSES);
                    assertTrue(after.expected().isPresent(), "no '; after-fix:' line covers llvm=" + runner.llvmMajor());
                    assertEquals(after.expected().get().outcome(), after.outcome(), after::message);
                    assertEquals(after.expected().get().kinds(), after.kinds());
                    assertTrue(before.kinds().containsAll(after.kinds()), "a pass made a finding appear: " + after.kinds());
                    Set<FindingKind> removed = EnumSet.noneOf(FindingKind.class);
                    removed.addAll(before.kinds());
                    removed.removeAll(after.kinds());
                    assertTrue(claimed.containsAll(removed), "a pass removed a kind it does not claim: " + removed);
                }))));
    }

    /** Where nothing needs fixing, the passes leave the generated code exactly as it was. */
    @TestFactory
    Stream<DynamicTest> thePassesLeaveHandlersThatNeedNothingUnchanged() {
        Set<FindingKind> claimed = CLAIMED;
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t -> RUNNER.run(c, t))
                .filter(before -> before.asm() != null && before.kinds().stream().noneMatch(claimed::contains))
                .map(before -> DynamicTest.dynamicTest(c.stem() + " [" + before.target().spec() + "]", () -> {
                    Cell after = RUNNER.run(c, before.target(), CaseRunner.FIX_PASSES);
                    AsmNormaliser n = AsmNormaliser.standard();
                    assertEquals("", AsmDiff.unified("before", n.normaliseToText(before.asm()), "after",
                            n.normaliseToText(after.asm()), 3));
                })));
    }

    private static Stream<DynamicTest> cells(CaseRunner runner) {
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t ->
                DynamicTest.dynamicTest(c.stem() + " [" + t.spec() + "] llvm=" + runner.llvmMajor(), () -> {
                    Cell cell = runner.run(c, t);
                    assertTrue(cell.expected().isPresent(), "no '; expect:' line covers llvm=" + runner.llvmMajor());
                    String evidence = cell.findings().stream().map(f -> "  " + f.describe()).collect(Collectors.joining("\n"));
                    assertEquals(cell.expected().get().outcome(), cell.outcome(), () -> cell.message() + "\n" + evidence);
                    assertEquals(cell.expected().get().kinds(), cell.kinds(), () -> "findings:\n" + evidence);
                    if (cell.asm() != null) {
                        String actual = AsmNormaliser.standard().normaliseToText(cell.asm());
                        String golden = GOLDEN.expected(c, t, runner.llvmVersion()).orElseGet(() -> fail("no golden assembly for LLVM "
                                + runner.llvmVersion() + ": run ./iretlab reproduce --bless (with --llvm for other backends)"));
                        assertEquals("", AsmDiff.unified("golden", golden, "now", actual, 3),
                                "the assembly changed; if that is intended, run ./iretlab reproduce --bless and review the diff");
                    }
                })));
    }

    /**
     * Each case parses on the embedded LLVM exactly when its {@code reads} range says so, and the
     * bitcode kept beside a front-end case when {@code reads-bitcode} does; no range means every LLVM.
     */
    @TestFactory
    Stream<DynamicTest> readsDeclarationsHoldOnTheEmbeddedLlvm() {
        int major = RUNNER.llvmMajor();
        return Corpus.load(CASES).stream().flatMap(c -> {
            Path bc = CASES.resolve(c.stem() + ".bc");
            Stream<Path> files = java.nio.file.Files.exists(bc) ? Stream.of(c.file(), bc) : Stream.of(c.file());
            return files.map(f -> DynamicTest.dynamicTest(f.getFileName() + " [llvm=" + major + "]", () -> {
                var range = f.toString().endsWith(".bc") ? c.readsBitcode() : c.reads();
                boolean declared = range == null || range.contains(major);
                String refusal = parseRefusal(f);
                assertEquals(declared, refusal == null, () -> "declared " + range + ", but LLVM " + major
                        + (refusal == null ? " reads it" : " does not: " + refusal));
            }));
        });
    }

    /** LLVM's message when it cannot read the file (verifier refusals are not read failures), else null. */
    private static String parseRefusal(Path file) {
        try {
            org.bytedeco.llvm.global.LLVM.LLVMDisposeModule(org.iretlab.ir.IrReader.read(org.iretlab.ir.IrSource.read(file)));
            return null;
        } catch (org.iretlab.ir.InputException e) {
            return e.getMessage().contains("could not read this as") ? e.getMessage() : null;
        }
    }

    @Test
    void theCorpusIsComplete() {
        List<CorpusCase> cases = Corpus.load(CASES);
        assertTrue(cases.size() >= 40, "40 or more cases, got " + cases.size());
        assertEquals(cases.size(), cases.stream().map(CorpusCase::id).distinct().count(), "ids are unique");
        for (int row = 1; row <= 20; row++) {
            String prefix = String.format("%02d", row);
            assertTrue(cases.stream().anyMatch(c -> c.id().startsWith(prefix)), "section 6 row " + row + " has a case");
        }
    }

    @Test
    void caseOneContrastsLinuxWithATripleWhose4ByteStackNeedsNoRealignment() {
        CorpusCase one = Corpus.load(CASES).stream().filter(c -> c.id().equals("01")).findFirst().orElseThrow();
        assertFalse(one.targets().stream().filter(t -> t.triple().equals("i686-unknown-unknown"))
                .flatMap(t -> one.expectation(t, 14).stream())
                .anyMatch(e -> e.kinds().contains(org.iretlab.verdict.FindingKind.MISALIGNED_CALL_SITE)));
    }
}
