package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.Backend;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.CellPipeline;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.Golden;
import org.iretlab.passes.Passes;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** The checks every corpus cell gets on every backend, as dynamic tests named after the cell. */
final class CellChecks {
    static final Path CASES = Path.of("cases");
    private static final Golden GOLDEN = new Golden(Path.of("golden"));
    static final Set<FindingKind> CLAIMED = Passes.CLAIMED.stream().map(FindingKind::byId)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingKind.class)));

    private CellChecks() {}

    /**
     * A backend the tests need, by name. In CI (CI=true) a missing one fails: .ci/run installs it;
     * on a person's machine without it the tests are skipped, naming what would install it.
     */
    static Backend required(String name) {
        Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
        require(toolchains.installed().contains(name), name + " is not installed", "scripts/setup-toolchains");
        return toolchains.open(name, true);
    }

    /** In CI (CI=true) a missing prerequisite fails the test; on a person's machine it skips it, naming what installs it. */
    static void require(boolean present, String why, String installedBy) {
        if (!present) {
            assertFalse("true".equals(System.getenv("CI")), why + ", and CI must have it (.ci/run runs " + installedBy + ")");
            Assumptions.assumeTrue(false, why + ": skipped on this machine (" + installedBy + " installs it)");
        }
    }

    /** Each cell's kinds (or refusal) equal its expectation, and its normalised assembly its golden file. */
    static Stream<DynamicTest> asExpected(CellPipeline runner) {
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t ->
                DynamicTest.dynamicTest(c.stem() + " [" + t.spec() + "] " + runner.backendName(), () -> {
                    Cell cell = runner.run(c, t);
                    assertTrue(cell.expectation().isPresent(), "no '; expect:' line covers llvm=" + runner.llvmMajor());
                    String evidence = cell.findings().stream().map(f -> "  " + f.describe()).collect(Collectors.joining("\n"));
                    assertEquals(cell.expectation().get().outcome(), cell.outcome(), () -> cell.message() + "\n" + evidence);
                    assertEquals(cell.expectation().get().kinds(), cell.kinds(), () -> "findings:\n" + evidence);
                    if (cell.asm() != null) {
                        String actual = AsmNormaliser.standard().normaliseToText(cell.asm());
                        String golden = GOLDEN.expected(c, t, runner.llvmVersion()).orElseGet(() -> fail("no golden assembly for LLVM "
                                + runner.llvmVersion() + ": run ./iretlab reproduce --bless --llvm " + runner.backendName()));
                        assertEquals("", AsmDiff.unified("golden", golden, "now", actual, 3),
                                "the assembly changed; if that is intended, run ./iretlab reproduce --bless and review the diff");
                    }
                })));
    }

    /**
     * After iretlab's fix passes: each cell equals its after-fix line, and the passes only take
     * findings away, and only the kinds they claim; nothing appears.
     */
    static Stream<DynamicTest> afterFix(CellPipeline runner) {
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().map(t ->
                DynamicTest.dynamicTest(c.stem() + " [" + t.spec() + "] " + runner.backendName() + " after fix", () -> {
                    Cell before = runner.run(c, t);
                    Cell after = runner.run(c, t, CellPipeline.FIX_PASSES);
                    assertTrue(after.expectation().isPresent(), "no '; after-fix:' line covers llvm=" + runner.llvmMajor());
                    assertEquals(after.expectation().get().outcome(), after.outcome(), after::message);
                    assertEquals(after.expectation().get().kinds(), after.kinds());
                    if (after.outcome() == Outcome.REJECTED) {
                        // This LLVM cannot read what the passes wrote (they run in a newer LLVM for llcs without a
                        // Bytedeco build: LLVM 14 and rustc's IR): the after-fix line pins that; nothing was judged.
                        return;
                    }
                    assertTrue(before.kinds().containsAll(after.kinds()), "a pass made a finding appear: " + after.kinds());
                    Set<FindingKind> removed = EnumSet.noneOf(FindingKind.class);
                    removed.addAll(before.kinds());
                    removed.removeAll(after.kinds());
                    assertTrue(CLAIMED.containsAll(removed), "a pass removed a kind it does not claim: " + removed);
                })));
    }

    /**
     * The execution oracle on every cell, without and after the fix passes: its kinds equal the
     * case's oracle (or oracle-after-fix) line for this version. Needs QEMU: in CI a missing one
     * fails (scripts/setup.sh installs it), elsewhere the tests are skipped.
     */
    static Stream<DynamicTest> underTheOracle(CellPipeline runner) {
        if (!Oracle.available("i386-unknown-none")) {
            assertFalse("true".equals(System.getenv("CI")), "qemu-system-i386 is missing, and CI must have it (scripts/setup.sh)");
            Assumptions.assumeTrue(false, "qemu-system-i386 is not installed: skipped on this machine");
        }
        Oracle oracle = new Oracle(Duration.ofSeconds(60));
        return Corpus.load(CASES).stream().flatMap(c -> c.targets().stream().flatMap(t -> Stream.of(false, true).map(fixed ->
                DynamicTest.dynamicTest(c.stem() + " [" + t.spec() + "] " + runner.backendName() + (fixed ? " after fix" : "")
                        + " under QEMU", () -> {
                    Cell cell = runner.withOracle(runner.run(c, t, fixed ? CellPipeline.FIX_PASSES : List.of()), oracle);
                    Cell.OracleSide o = cell.oracle();
                    assertTrue(o.expectation().isPresent(), "no '; oracle" + (fixed ? "-after-fix" : "") + ":' line covers llvm="
                            + runner.llvmMajor() + ": run ./iretlab reproduce --record --oracle --llvm " + runner.backendName());
                    String evidence = o.findings().stream().map(f -> "  " + f.describe()).collect(Collectors.joining("\n"));
                    assertEquals(o.expectation().get().outcome(), o.outcome(), () -> o.message() + "\n" + evidence);
                    assertEquals(o.expectation().get().kinds(), o.kinds(), () -> "oracle findings:\n" + evidence);
                    if (o.outcome() != Outcome.NOT_AVAILABLE) {
                        assertNotNull(o.expectation().get().lazyFp(), "the oracle line states no CR0.TS=1 result: record it again");
                    }
                    assertEquals(o.expectation().get().lazyFp(), o.lazyFp(), "what the CR0.TS=1 scenario showed");
                }))));
    }
}
