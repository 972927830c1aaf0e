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
import org.iretlab.cell.CellPipeline;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.corpus.Golden;
import org.iretlab.corpus.RunLines;
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
    private static final Path CASES = CellChecks.CASES;
    private static final CellPipeline RUNNER = CellPipeline.of(new InProcessBackend());
    private static final Set<FindingKind> CLAIMED = CellChecks.CLAIMED;

    @TestFactory
    Stream<DynamicTest> everyCaseOnTheEmbeddedLlvm() {
        return cells(RUNNER);
    }

    /**
     * The same on Debian's LLVM 14 (llc in a child process), which .ci/run installs: in CI a missing
     * llc-14 fails the test, on a person's machine without it the test is skipped.
     */
    /** The same on Debian's LLVM 14 (llc in a child process), which .ci/run installs. */
    @TestFactory
    Stream<DynamicTest> everyCaseOnDebianLlvm14() {
        return cells(CellPipeline.of(CellChecks.required("llc-14")));
    }

    /** After iretlab's fix passes, on both LLVMs (see {@link CellChecks#afterFix}). */
    @TestFactory
    Stream<DynamicTest> everyCaseAfterTheFixPasses() {
        return Stream.of(RUNNER, CellPipeline.of(CellChecks.required("llc-14"))).flatMap(CellChecks::afterFix);
    }

    /** The execution oracle on the embedded LLVM's code (see {@link CellChecks#underTheOracle}). */
    @TestFactory
    Stream<DynamicTest> everyCaseUnderTheOracle() {
        return CellChecks.underTheOracle(RUNNER);
    }

    /** Where nothing needs fixing, the passes leave the generated code exactly as it was. */
    @TestFactory
    Stream<DynamicTest> thePassesLeaveHandlersThatNeedNothingUnchanged() {
        Set<FindingKind> claimed = CLAIMED;
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t -> RUNNER.run(c, t))
                .filter(before -> before.asm() != null && before.kinds().stream().noneMatch(claimed::contains))
                .map(before -> DynamicTest.dynamicTest(c.stem() + " [" + before.target() + "]", () -> {
                    Cell after = RUNNER.run(c, before.caseTarget(), CellPipeline.FIX_PASSES);
                    AsmNormaliser n = AsmNormaliser.standard();
                    assertEquals("", AsmDiff.unified("before", n.normaliseToText(before.asm()), "after",
                            n.normaliseToText(after.asm()), 3));
                })));
    }

    private static Stream<DynamicTest> cells(CellPipeline runner) {
        return CellChecks.asExpected(runner);
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
        } catch (org.iretlab.common.InputException e) {
            return e.getMessage().contains("could not read this as") ? e.getMessage() : null;
        }
    }

    /**
     * Each case's RUN lines are the llc commands iretlab runs for its targets ({@link RunLines}), one
     * per target: a changed target or argument list fails here with file:line until the case is
     * recorded again.
     */
    @Test
    void everyRunLineIsTheCommandIretlabRuns() {
        List<String> problems = Corpus.load(CASES).stream().flatMap(c -> RunLines.problems(c).stream()).toList();
        assertEquals("", String.join("\n", problems));
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
