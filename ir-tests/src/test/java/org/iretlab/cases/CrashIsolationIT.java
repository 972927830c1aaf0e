package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.CellPipeline;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.cell.Cell;
import org.iretlab.verdict.Outcome;
import org.iretlab.matrix.MatrixInputs;
import org.iretlab.matrix.MatrixRunner;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each LLVM fatal error of upstream-facts section 1, sent past the lint through a worker JVM
 * (Bytedeco LLVM 17) and an external llc (Debian's 16), costs one CRASH cell with LLVM's message,
 * and the cells after it still run. The prototypes are the lint's own test files, each of which
 * names the fatal error LLVM gives it.
 */
class CrashIsolationIT {
    private static final Path PROTOTYPES = Path.of("../passes/src/test/resources/prototypes");
    private static final Pattern FATAL = Pattern.compile("(?m)^; llvm-20: (LLVM ERROR: .+)$");
    private static final Pattern TRIPLE = Pattern.compile("(?m)^target triple = \"([^\"]+)\"");
    private static final List<String> BACKENDS = List.of("worker-17", "llc-16");

    @Test
    void eachFatalErrorIsOneCrashCellAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        BACKENDS.forEach(b -> CellChecks.required(b).close());
        Path cases = Files.createDirectories(dir.resolve("cases"));
        List<String> fatal = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROTOTYPES)) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p);
                Matcher m = FATAL.matcher(text);
                if (m.find()) {
                    fatal.add(m.group(1));
                    // Between the crashes, a handler that compiles: it must still get its cell.
                    write(cases, fatal.size() * 2 - 1, p, text, "CRASH");
                    write(cases, fatal.size() * 2, p, OK_HANDLER.formatted(triple(text)), "none");
                }
            }
        }
        assertTrue(fatal.size() >= 4, "the lint's tests name the fatal errors: " + fatal);

        Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
        List<CorpusCase> corpus = Corpus.load(cases);
        MatrixRunner runner = new MatrixRunner(toolchains, List.of(), 1, true, false, null);
        Path out = dir.resolve("run");
        RunInfo info = new RunInfo("test", java.util.Map.of(), corpus.stream().map(CorpusCase::stem).toList(), List.of(), true, "1/1",
                false, java.util.Map.of(), null);
        try (RunStore store = RunStore.open(out, info, false)) {
            runner.run(runner.tasks(corpus.stream().map(MatrixInputs.Input::ofCase).toList(), BACKENDS, 1, 1), store);
        }
        List<Cell> cells = Run.load(out).cells();
        assertEquals(corpus.size() * BACKENDS.size(), cells.size(), "every cell ran");
        for (Cell c : cells) {
            boolean crashCase = Integer.parseInt(c.caseId()) % 2 == 1;
            assertEquals(crashCase ? Outcome.CRASH : Outcome.OK, c.outcome(), () -> c.key() + ": " + c.message());
            if (crashCase) {
                String expected = fatal.get((Integer.parseInt(c.caseId()) - 1) / 2);
                assertTrue(c.message().contains(expected), () -> c.key() + ": LLVM's message should be in the cell: " + c.message());
            }
        }
    }

    private static final String OK_HANDLER = """
            target triple = "%s"

            define x86_intrcc void @fine(ptr byval(i8) %%frame) {
              ret void
            }
            """;

    private static String triple(String text) {
        Matcher m = TRIPLE.matcher(text);
        assertTrue(m.find(), "a prototype file names its triple");
        return m.group(1);
    }

    /** A case file around the IR, whose one target is the IR's triple and whose expectation is given. */
    private static void write(Path cases, int id, Path from, String ir, String expect) throws Exception {
        String triple = triple(ir);
        String body = ir.lines().filter(l -> !l.startsWith(";")).reduce("", (a, l) -> a + l + "\n");
        String header = String.join("\n",
                "; id: " + String.format("%02d", id),
                "; title: " + (expect.equals("CRASH") ? "LLVM's fatal error for " : "a handler that compiles, after ") + from.getFileName(),
                "; upstream: upstream-facts section 1",
                "; wrong: -",
                "; correct: -",
                "; target: " + triple,
                "; expect: " + triple + " @ llvm*: " + expect,
                "; source: llvm*: the lint's test file " + from.getFileName(),
                "; RUN: llvm*: llc -mtriple=" + triple + " < %s");
        Files.writeString(cases.resolve(String.format("%02d", id) + "-" + from.getFileName()), header + "\n" + body);
    }
}
