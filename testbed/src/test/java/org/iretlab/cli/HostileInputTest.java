package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iretlab.backend.LlcBackend;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that made LLVM abort or segfault inside iretlab (issue 20, item 1): each is now an input
 * error (exit 2) before LLVM sees it, or one CRASH compile or cell, and iretlab (this test JVM, which
 * each of them used to kill) goes on. Each test makes its hostile input itself.
 */
class HostileInputTest {

    /** A global whose type is nested {@code depth} arrays deep: LLVM's recursive type parser overflows its stack. */
    static String deeplyNested(int depth) {
        return "target triple = \"x86_64-unknown-none\"\n@g = global " + "[1 x ".repeat(depth) + "i8" + "]".repeat(depth)
                + " zeroinitializer\ndefine x86_intrcc void @h(ptr byval(i8) %f) {\n  ret void\n}\n";
    }

    @Test
    void anUnknownCpuIsAnInputErrorInsteadOfAnAbort() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--cpu", "bogus");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("--cpu bogus") && r.err().contains("knows no such CPU for x86_64-unknown-none"), r::toString);
        assertTrue(r.err().contains("-mcpu=help"), "says what to do: " + r);
    }

    @Test
    void aMisspelledCpuGetsTheNearNames() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--cpu", "skylke");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("e.g. skylake"), r::toString);
    }

    @Test
    void aThirtyTwoBitCpuOnASixtyFourBitTripleIsAnInputError() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--cpu", "i386");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("64-bit code requested") && r.err().contains("--triple i386-unknown-none"), r::toString);
    }

    /** LLVM ignores a feature it does not know, with a line on stderr: the user's --mattr then means nothing. */
    @Test
    void anUnknownFeatureIsAnInputErrorNamingIt() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "i386-unknown-none", "--mattr", "+sse2,+nonsense");
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("knows no feature +nonsense for i386-unknown-none") && r.err().contains("-mattr=help"), r::toString);
        Cli known = Cli.run("compile", "--params", "1", "--triple", "i386-unknown-none", "--mattr", "+sse2,-avx");
        assertEquals(0, known.exit(), known::toString);
    }

    @Test
    void aKnownCpuStillCompiles() {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--cpu", "skylake");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("iretq"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"16777216", "65", "-1"})
    void anErrorCodeWidthOutsideOneToSixtyFourIsAnInputError(String bits) {
        Cli r = Cli.run("compile", "--params", "2", "--triple", "x86_64-unknown-none", "--error-code-bits", bits);
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("--error-code-bits " + bits + ": an error code is 1 to 64 bits wide"), r::toString);
    }

    @Test
    void anErrorCodeWidthInRangeCompiles() {
        Cli r = Cli.run("compile", "--params", "2", "--triple", "x86_64-unknown-none", "--error-code-bits", "32");
        assertEquals(0, r.exit(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "0", "512"})
    void anAlignstackThatIsNotAPowerOfTwoUpTo256IsAnInputError(String n) {
        Cli r = Cli.run("compile", "--params", "1", "--triple", "x86_64-unknown-none", "--attr", "alignstack=" + n);
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("alignstack=" + n + ": the stack alignment must be a power of two"), r::toString);
    }

    @Test
    void aFileThatKillsTheParserIsOneCrashThroughAnLlc(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(LlcBackend.debianLlc(16)), "llc-16 is not installed");
        Path deep = Files.writeString(dir.resolve("deep.ll"), deeplyNested(20_000));
        long logsBefore = workerLogsInTmp();
        Cli r = Cli.run("compile", "--llvm", "llc-16", deep.toString());
        assertEquals(ExitCodes.CRASH, r.exit(), r::toString);
        assertTrue(r.err().contains("died on this input too (2 times)"), r::toString);
        // Leftovers (item 7): no worker log in the temporary folder, no crash file in the working directory.
        assertEquals(logsBefore, workerLogsInTmp(), "worker logs left in " + System.getProperty("java.io.tmpdir"));
        try (Stream<Path> here = Files.list(Path.of(System.getProperty("user.dir")))) {
            assertEquals(List.of(), here.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList());
        }
    }

    @Test
    void aFileThatKillsTheParserIsOneCrashInTheEmbeddedWorker(@TempDir Path dir) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.ll"), deeplyNested(20_000));
        Cli r = Cli.run("compile", deep.toString());
        assertEquals(ExitCodes.CRASH, r.exit(), r::toString);
        assertTrue(r.err().contains("died on this input too (2 times)"), r::toString);
    }

    /** A case as MatrixCommandTest writes them. */
    private static final String GOOD_CASE = MatrixCommandTest.CASE.formatted("01");

    private static Path corpusWithADeadlyCase(Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-good.ll"), GOOD_CASE);
        Files.writeString(cases.resolve("02-deep.ll"), GOOD_CASE.replace("id: 01", "id: 02")
                .replace("declare", deeplyNested(20_000).lines().skip(1).findFirst().orElseThrow() + "\ndeclare"));
        return cases;
    }

    @ParameterizedTest
    @ValueSource(strings = {"llc-16", "embedded --in-process"})
    void aMatrixCellThatKillsItsWorkerTwiceIsCrashAndTheRunFinishes(String backend, @TempDir Path dir) throws IOException {
        String[] b = backend.split(" ");
        assumeTrue(!b[0].startsWith("llc-") || Files.isExecutable(LlcBackend.debianLlc(16)), "llc-16 is not installed");
        Path cases = corpusWithADeadlyCase(dir);
        Path out = dir.resolve("run");
        String[] args = Stream.concat(Stream.of("matrix", "--llvm", b[0], "--corpus", cases.toString(), "--out", out.toString(),
                "--pass", "none", "--jobs", "1"), Stream.of(b).skip(1)).toArray(String[]::new);
        Cli first = Cli.run(args);
        List<Cell> cells = Run.load(out).cells();
        assertEquals(2, cells.size(), first::toString);
        Cell deep = cells.stream().filter(c -> c.caseId().equals("02")).findFirst().orElseThrow();
        assertEquals(Outcome.CRASH, deep.outcome(), first::toString);
        assertTrue(deep.message().contains("died on this input too (2 times)"), deep.message());
        Cell good = cells.stream().filter(c -> c.caseId().equals("01")).findFirst().orElseThrow();
        assertTrue(good.outcome() != Outcome.CRASH && good.outcome() != Outcome.REJECTED, good.toString());

        Cli resumed = Cli.run(Stream.concat(Stream.of(args), Stream.of("--resume")).toArray(String[]::new));
        assertTrue(resumed.out().contains("2 cells already done"), resumed::toString);
        assertEquals(2, Run.load(out).cells().size());
    }

    @Test
    void aCaseWithAnUnknownCpuIsOneRejectedCellOfAnInProcessMatrix(@TempDir Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-bogus.ll"), GOOD_CASE.replace("x86_64-unknown-none mattr=-sse", "x86_64-unknown-none cpu=bogus"));
        Path out = dir.resolve("run");
        Cli r = Cli.run("matrix", "--llvm", "embedded", "--in-process", "--corpus", cases.toString(), "--out", out.toString(),
                "--pass", "none", "--jobs", "1");
        List<Cell> cells = Run.load(out).cells();
        assertEquals(1, cells.size(), r::toString);
        assertEquals(Outcome.REJECTED, cells.get(0).outcome(), r::toString);
        assertTrue(cells.get(0).message().contains("knows no such CPU"), cells.get(0).message());
    }

    private static long workerLogsInTmp() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("iretlab-worker-")).count();
        }
    }
}
