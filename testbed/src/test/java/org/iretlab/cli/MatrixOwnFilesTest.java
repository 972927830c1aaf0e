package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.iretlab.cell.Cell;
import org.iretlab.cell.Verdict;
import org.iretlab.matrix.Run;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `iretlab matrix FILE|DIR ...` on a user's own handler files (no case header): a row per
 * x86_intrcc function on the file's triple, cells without an expectation that show what they found,
 * and the reports marking where neighbouring LLVM versions differ.
 */
class MatrixOwnFilesTest {
    /** Two handlers: @h calls out (misaligned call site on 32-bit Linux until LLVM 17 realigned it), @quiet does nothing. */
    static final String CALL32 = """
            target triple = "i686-unknown-linux-gnu"
            %F32 = type { i32, i32, i32, i32, i32 }
            declare dso_local void @bar()
            define x86_intrcc void @h(ptr byval(%F32) %frame) {
              call void @bar()
              ret void
            }
            define x86_intrcc void @quiet(ptr byval(%F32) %frame) {
              ret void
            }
            define void @not_a_handler() {
              ret void
            }
            """;

    private static final String ONE = """
            target triple = "x86_64-unknown-none"
            define x86_intrcc void @"quoted name"(ptr byval(i64) %frame) {
              ret void
            }
            """;

    @Test
    void eachHandlerIsARowWithItsOutcomeAndTheVersionThatChangedItIsMarked(@TempDir Path dir) throws Exception {
        Path call32 = Files.writeString(dir.resolve("call32.ll"), CALL32);
        Path folder = Files.createDirectories(dir.resolve("more"));
        Files.writeString(folder.resolve("one.ll"), ONE);
        // A corpus case among them is read as the case it is: one row, its header's title.
        Files.writeString(folder.resolve("01-ecode.ll"), MatrixCommandTest.CASE.formatted("01"));
        // The same handlers as bitcode: read by the embedded LLVM for their triple and names.
        Process as = new ProcessBuilder("/usr/lib/llvm-16/bin/llvm-as", call32.toString(), "-o",
                folder.resolve("call32bc.bc").toString()).inheritIO().start();
        assertTrue(as.waitFor(60, TimeUnit.SECONDS) && as.exitValue() == 0, "llvm-as-16 writes the bitcode");
        Path out = dir.resolve("run");

        Cli r = Cli.run("matrix", "--llvm", "llc-16,llc-19", "--pass", "none", "--out", out.toString(), call32.toString(),
                folder.toString());
        assertEquals(ExitCodes.OK, r.exit(), r::toString);

        Run run = Run.load(out);
        Map<String, List<Cell>> rows = run.cells().stream().collect(Collectors.groupingBy(Cell::caseFile));
        assertEquals(List.of("01-ecode", "call32@h", "call32@quiet", "call32bc.bc@h", "call32bc.bc@quiet", "one@quoted name"),
                rows.keySet().stream().sorted().toList(), "one row per x86_intrcc function, none for @not_a_handler");
        assertEquals("a 64-bit error-code handler that calls out", rows.get("01-ecode").get(0).title());
        for (Cell c : run.cells()) {
            assertEquals(Verdict.NO_EXPECTATION, c.verdict(), c.key()::toString);
            assertNull(c.expected(), c.key()::toString);
        }
        for (String row : List.of("call32@h", "call32bc.bc@h")) {
            Cell on16 = cell(run, row, "llc-16");
            Cell on19 = cell(run, row, "llc-19");
            assertEquals("i686-unknown-linux-gnu", on16.target());
            assertEquals(Outcome.BUG, on16.outcome());
            assertTrue(on16.kinds().contains(FindingKind.MISALIGNED_CALL_SITE), on16::toString);
            assertFalse(on19.kinds().contains(FindingKind.MISALIGNED_CALL_SITE), on19::toString);
        }
        assertEquals(Outcome.OK, cell(run, "call32@quiet", "llc-16").outcome());
        // Per handler, its own code: @quiet's differs from @h's on the same compile.
        assertFalse(cell(run, "call32@quiet", "llc-16").asmHash().equals(cell(run, "call32@h", "llc-16").asmHash()));

        assertTrue(r.out().contains("call32@h | i686-unknown-linux-gnu: llc-16 (16."), r::toString);
        assertFalse(r.out().contains("call32@quiet | i686-unknown-linux-gnu: llc-16"), "@quiet only changed its code: " + r);
        assertTrue(r.out().contains("no cell has an expectation"), r::toString);
        assertFalse(r.out().contains("differ from their expectation"), r::toString);

        JsonNode steps = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("versionSteps");
        JsonNode h = null;
        JsonNode quiet = null;
        for (JsonNode s : steps) {
            if (s.get("row").asText().equals("call32@h")) {
                h = s;
            } else if (s.get("row").asText().equals("call32@quiet")) {
                quiet = s;
            }
        }
        assertTrue(h != null && h.get("verdictChanged").asBoolean() && h.get("from").asText().equals("llc-16")
                && h.get("to").asText().equals("llc-19") && h.get("before").asText().contains("misaligned-call-site")
                && !h.get("after").asText().contains("misaligned-call-site"), steps::toString);
        assertTrue(quiet != null && !quiet.get("verdictChanged").asBoolean(), steps::toString);

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("### Where neighbouring LLVM versions differ"), md);
        assertTrue(md.contains("| call32@quiet | i686-unknown-linux-gnu | llc-16"), md);
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(2, html.split("class=\"cell [a-z]+ step\"", -1).length - 1,
                "the two @h cells on LLVM 19 are marked, nothing else: " + html.lines().filter(l -> l.contains("step")).toList());
        assertFalse(html.contains("differs-marker\">≠"), "no cell differs from an expectation it does not have");
    }

    @Test
    void aResumedRunKeepsEachHandlersCellsAndRerunsAnEditedFile(@TempDir Path dir) throws Exception {
        Path call32 = Files.writeString(dir.resolve("call32.ll"), CALL32);
        Path out = dir.resolve("run");
        String[] args = {"matrix", "--llvm", "llc-19", "--pass", "none", "--out", out.toString(), call32.toString()};
        assertEquals(ExitCodes.OK, Cli.run(args).exit());

        Cli again = Cli.run(withResume(args));
        assertEquals(ExitCodes.OK, again.exit(), again::toString);
        assertTrue(again.out().contains("2 cells already done") && again.out().contains("\n0 cells run now"), again::toString);

        // The control: an edited file's rows run again (@h now calls twice).
        Files.writeString(call32, CALL32.replace("  call void @bar()\n", "  call void @bar()\n  call void @bar()\n"));
        Cli edited = Cli.run(withResume(args));
        assertEquals(ExitCodes.OK, edited.exit(), edited::toString);
        assertTrue(edited.out().contains("call32 edited since") && edited.out().contains("\n2 cells run now"), edited::toString);
    }

    @Test
    void aCrashWithoutAnExpectationExits3AndARefusalDoesNot(@TempDir Path dir) throws Exception {
        // An error code of 64 bits on a 32-bit target: the lint refuses it, and LLVM aborts on it.
        Path ec = Files.writeString(dir.resolve("ec.ll"), """
                target triple = "x86_64-unknown-none"
                define x86_intrcc void @h(ptr byval(i8) %f, i64 %e) {
                  ret void
                }
                """);
        Cli refused = Cli.run("matrix", "--llvm", "llc-19", "--pass", "none", "--out", dir.resolve("lint").toString(),
                "--triple", "i686-unknown-linux-gnu", ec.toString());
        assertEquals(ExitCodes.OK, refused.exit(), refused::toString);
        Cell lint = Run.load(dir.resolve("lint")).cells().get(0);
        assertEquals(Outcome.REJECTED, lint.outcome(), lint::toString);
        assertEquals("i686-unknown-linux-gnu", lint.target(), "--triple replaces the file's own");

        Cli crashed = Cli.run("matrix", "--llvm", "llc-19", "--pass", "none", "--out", dir.resolve("crash").toString(),
                "--triple", "i686-unknown-linux-gnu", "--skip-prototype-check", ec.toString());
        assertEquals(ExitCodes.CRASH, crashed.exit(), crashed::toString);
        assertEquals(Outcome.CRASH, Run.load(dir.resolve("crash")).cells().get(0).outcome());
    }

    @Test
    void badInputsAreClearErrors(@TempDir Path dir) throws Exception {
        Path none = Files.writeString(dir.resolve("none.ll"), "target triple = \"x86_64-unknown-none\"\ndefine void @f() {\n  ret void\n}\n");
        Cli r = Cli.run("matrix", "--llvm", "llc-19", "--out", dir.resolve("a").toString(), none.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains(none + ": defines no x86_intrcc function"), r::toString);

        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        Cli t = Cli.run("matrix", "--llvm", "llc-19", "--out", dir.resolve("b").toString(), txt.toString());
        assertEquals(ExitCodes.INPUT, t.exit(), t::toString);
        assertTrue(t.err().contains("not a .ll or .bc file"), t::toString);

        Cli corpusTarget = Cli.run("matrix", "--llvm", "llc-19", "--out", dir.resolve("c").toString(), "--triple", "i686-unknown-none");
        assertEquals(ExitCodes.INPUT, corpusTarget.exit(), corpusTarget::toString);
        assertTrue(corpusTarget.err().contains("are for your own files"), corpusTarget::toString);
        for (Cli c : List.of(r, t, corpusTarget)) {
            assertFalse(c.err().contains("Exception"), c::toString);
        }
    }

    private static String[] withResume(String[] args) {
        String[] out = Arrays.copyOf(args, args.length + 1);
        out[args.length] = "--resume";
        return out;
    }

    private static Cell cell(Run run, String row, String backend) {
        return run.cells().stream().filter(c -> c.caseFile().equals(row) && c.backend().equals(backend)).findFirst().orElseThrow();
    }
}
