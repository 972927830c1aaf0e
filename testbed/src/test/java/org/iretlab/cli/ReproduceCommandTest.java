package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {
    private static final String CASE = """
            ; id: 01
            ; title: a 64-bit error-code handler that calls out
            ; upstream: llvm/llvm-project#224029
            ; wrong: RSP 8 mod 16 at the call
            ; correct: RSP 0 mod 16 at the call
            ; target: x86_64-unknown-none mattr=-sse
            ; subject: misaligned-call-site
            ; expect: x86_64-unknown-none mattr=-sse @ llvm>=9: %s
            ; source: llvm>=9: our run
            ; RUN: llvm>=15: llc -mtriple=x86_64-unknown-none -mattr=-sse < %%s
            declare void @ext()
            define x86_intrcc void @h(ptr byval(i8) %%f, i64 %%e) {
              call void @ext()
              ret void
            }
            """;

    @Test
    void aCellAsExpectedIsExit0AndOneThatDiffersIsExit1(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-ecode.ll"), CASE.formatted("misaligned-call-site mmx-state-clobbered x87-state-clobbered"));
        Cli ok = Cli.run("reproduce", "--corpus", cases.toString(), "--golden", dir.resolve("golden").toString());
        assertEquals(0, ok.exit(), ok::toString);
        // The default width (100) wraps the target and the findings within their columns.
        assertTrue(ok.out().matches("(?s).*01-ecode +llvm#224029 +x86_64-unknown-none +yes +mmx-state-clobbered +- +as expected\n"
                + " +mattr=-sse +x87-state-clobbered\n.*"), ok::toString);
        assertTrue(ok.out().lines().allMatch(l -> l.length() <= 100), ok::toString);
        assertTrue(ok.out().replaceAll("\\s+", " ").contains("the subject reproduces in 1 of 1 cases with a subject"), ok::toString);

        Files.writeString(cases.resolve("01-ecode.ll"), CASE.formatted("none"));
        Cli differs = Cli.run("reproduce", "--corpus", cases.toString(), "--golden", dir.resolve("golden").toString());
        assertEquals(ExitCodes.BUG, differs.exit(), differs::toString);
        // The evidence wraps within its column at the default width of 100.
        int column = differs.out().lines().findFirst().orElseThrow().indexOf("expected");
        String evidence = differs.out().lines().skip(1).takeWhile(l -> !l.isEmpty()).map(l -> l.substring(Math.min(l.length(), column)).strip())
                .collect(java.util.stream.Collectors.joining(" "));
        assertTrue(evidence.contains("DIFFERS: llvm>=9 expects OK") && differs.out().contains("1 cells differ"), differs::toString);
    }

    @Test
    void blessWritesGoldenAssemblyOncePerContent(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-ecode.ll"), CASE.formatted("misaligned-call-site mmx-state-clobbered x87-state-clobbered"));
        Path golden = dir.resolve("golden");
        Cli r = Cli.run("reproduce", "--corpus", cases.toString(), "--golden", golden.toString(), "--bless");
        assertEquals(0, r.exit(), r::toString);
        Path folder = golden.resolve("01-ecode");
        String index = Files.readString(folder.resolve("x86_64-unknown-none_mattr_-sse.index"));
        assertTrue(index.matches("(?s)# golden .*\\n20\\.1\\.\\d+ [0-9a-f]{12}\\n"), index);
        String hash = index.strip().split("\\s+")[index.strip().split("\\s+").length - 1];
        assertTrue(Files.readString(folder.resolve(hash + ".s")).contains("iretq"));
    }

    @Test
    void aMalformedCaseIsAnInputErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-bad.ll"), CASE.formatted("stack-smash"));
        Cli r = Cli.run("reproduce", "--corpus", cases.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("01-bad.ll:8: unknown finding kind 'stack-smash'"), r::toString);
    }

    @Test
    void junitAndJsonForCi(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-ecode.ll"), CASE.formatted("none"));
        Path junit = dir.resolve("junit.xml");
        Path json = dir.resolve("results.json");
        Cli r = Cli.run("reproduce", "--corpus", cases.toString(), "--golden", dir.resolve("golden").toString(),
                "--junit", junit.toString(), "--results", json.toString());
        assertEquals(ExitCodes.BUG, r.exit(), r::toString);
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<testcase classname=\"01-ecode\" name=\"x86_64-unknown-none mattr=-sse on embedded"), xml);
        assertTrue(xml.contains("<failure type=\"differs\" message=\"expected OK, found BUG: misaligned-call-site"), xml);
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals("01-ecode", doc.path("cells").path(0).path("caseFile").asText());
        assertEquals("differs", doc.path("cells").path(0).path("verdict").asText());
        assertTrue(doc.path("info").path("backends").has(doc.path("cells").path(0).path("backend").asText()), doc.toString());
    }

    @Test
    void anUnwritableReportIsRefusedBeforeAnyCellRuns(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("01-ecode.ll"), CASE.formatted("none"));
        Cli r = Cli.run("reproduce", "--corpus", cases.toString(), "--junit", dir.resolve("no/such/junit.xml").toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("--junit") && r.err().contains("does not exist"), r::toString);
        assertTrue(r.out().isEmpty(), "no cell ran: " + r);
    }
}
