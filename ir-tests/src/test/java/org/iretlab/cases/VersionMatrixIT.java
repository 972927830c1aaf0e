package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.cell.CellPipeline;
import org.iretlab.target.Target;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus on the LLVM versions that bracket the two landmark fixes: Debian's llc 16 (before
 * D151400 and llvm#82415), Bytedeco's LLVM 17 in a worker JVM (after D151400) and Debian's llc 19
 * (after llvm#82415). Every cell equals its case's expectation and golden assembly for that version,
 * with and without the fix passes (which run in LLVM 16's and 19's own Bytedeco builds for the llcs
 * when installed, else those cells are N/A). .ci/run installs all three.
 */
class VersionMatrixIT {
    /** The backends mvn verify checks, oldest first. */
    static final List<String> BACKENDS = List.of("llc-16", "worker-17", "llc-19");
    private static final Pattern REALIGN = Pattern.compile("(?m)^\\s*andl\\s+\\$-16,\\s*%esp\\s*$");
    private static final Pattern CLD = Pattern.compile("(?m)^\\s*cld\\s*$");

    private static final List<CellPipeline> RUNNERS = new ArrayList<>();

    private static CellPipeline runner(String name) {
        synchronized (RUNNERS) {
            for (CellPipeline r : RUNNERS) {
                if (r.backendName().equals(name)) {
                    return r;
                }
            }
            CellPipeline r = CellPipeline.of(CellChecks.required(name));
            RUNNERS.add(r);
            return r;
        }
    }

    @AfterAll
    static void closeBackends() {
        RUNNERS.forEach(CellPipeline::close);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOnEachVersion() {
        return BACKENDS.stream().flatMap(b -> CellChecks.asExpected(runner(b)));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAfterTheFixPassesOnEachVersion() {
        return BACKENDS.stream().flatMap(b -> CellChecks.afterFix(runner(b)));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseUnderTheOracleOnEachVersion() {
        return BACKENDS.stream().flatMap(b -> CellChecks.underTheOracle(runner(b)));
    }

    /**
     * The landmarks, on a leaf 32-bit handler with a 16-aligned local on a triple whose ABI stack is
     * already 16-aligned, so that nothing but D151400 asks for realignment (case 21 on
     * i686-unknown-linux-gnu): realignment appears with LLVM 17, and {@code cld} disappears from
     * leaf handlers with LLVM 19 (llvm#82415).
     */
    @TestFactory
    Stream<DynamicTest> landmarksShowWhereTheyLanded() {
        CorpusCase leaf = Corpus.load(CellChecks.CASES).stream().filter(c -> c.id().equals("21")).findFirst().orElseThrow();
        Target bare = leaf.targets().stream().filter(t -> t.triple().equals("i686-unknown-linux-gnu")).findFirst().orElseThrow();
        return BACKENDS.stream().map(b -> DynamicTest.dynamicTest("case 21 [" + bare.spec() + "] " + b, () -> {
            CellPipeline r = runner(b);
            Cell cell = r.run(leaf, bare);
            int major = r.llvmMajor();
            assertEquals(major >= 17, REALIGN.matcher(cell.asm()).find(),
                    "LLVM " + major + ": 32-bit realignment is expected exactly from LLVM 17 (D151400)\n" + cell.asm());
            assertEquals(major < 19, CLD.matcher(cell.asm()).find(),
                    "LLVM " + major + ": cld in a leaf handler is expected exactly before LLVM 19 (llvm#82415)\n" + cell.asm());
        }));
    }
}
