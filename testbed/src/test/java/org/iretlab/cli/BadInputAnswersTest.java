package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iretlab.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets the right answer (issue 20, item 6): the documented exit code and a message saying what, where and what to do. */
class BadInputAnswersTest {
    private static final String CASES = "../ir-tests/cases";

    @TempDir
    Path dir;

    private static void input(Cli r, String... says) {
        assertEquals(ExitCodes.INPUT, r.exit(), r.toString());
        for (String s : says) {
            assertTrue(r.out().contains(s) || r.err().contains(s), "expected '" + s + "' in:\n" + r);
        }
        assertFalse(r.err().contains("\tat org.") || r.err().contains("\tat java."), "a stack trace:\n" + r);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFileWithoutAnInterruptHandlerIsNothingJudgedNotOk() throws Exception {
        Path f = file("plain.ll", "target triple = \"x86_64-unknown-none\"\ndefine void @f() {\n  ret void\n}\n");
        input(Cli.run("check", f.toString()), "no x86_intrcc function", "nothing was judged");
    }

    @Test
    void aNonX86FileIsRejectedAlikeOnEveryBackend() throws Exception {
        Required.backend("llc-16");
        Path f = file("arm.ll", "target triple = \"aarch64-unknown-linux-gnu\"\ndefine void @f() {\n  ret void\n}\n");
        Cli embedded = Cli.run("check", f.toString());
        Cli llc = Cli.run("check", f.toString(), "--llvm", "llc-16");
        input(embedded, "REJECTED", "is not x86");
        input(llc, "REJECTED", "is not x86");
        assertEquals(embedded.out(), llc.out());
    }

    @Test
    void aTimeLimitOfZeroOrLessIsAnInputError() throws Exception {
        Path f = file("h.ll", "define x86_intrcc void @h(ptr byval(i32) %f) {\n  ret void\n}\n");
        input(Cli.run("check", f.toString(), "--timeout", "0"), "--timeout 0", "positive");
        input(Cli.run("check", f.toString(), "--timeout", "-5"), "--timeout -5");
        input(Cli.run("run", f.toString(), "--boot-limit", "0"), "--boot-limit 0");
        input(Cli.run("report", "--corpus", CASES, "01", "--timeout", "0"), "--timeout 0");
        input(Cli.run("export-lit", "--corpus", CASES, "01", "--timeout", "0"), "--timeout 0");
        input(Cli.run("reduce", f.toString(), "--keep", "misaligned-call-site", "--timeout", "0"), "--timeout 0");
    }

    @Test
    void checkOfACaseWritesOneJsonDocument() throws Exception {
        Cli r = Cli.run("check", "--corpus", CASES, "01", "--json");
        JsonNode doc = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
        assertTrue(doc.isArray() && doc.size() == 3, r.toString());
        doc.forEach(report -> assertTrue(report.has("outcome"), report.toString()));
    }

    @Test
    void outputNamingAFolderIsAClearError() throws Exception {
        input(Cli.run("report", "--corpus", CASES, "01", "-o", dir.toString()), "is a folder");
        Path f = file("h.ll", "define x86_intrcc void @h(ptr byval(i32) %f) {\n  ret void\n}\n");
        input(Cli.run("reduce", f.toString(), "--keep", "misaligned-call-site", "-o", dir.toString()), "is a folder");
        input(Cli.run("report", "--corpus", CASES, "01", "-o", dir.resolve("no/such/report.md").toString()), "does not exist");
    }

    @Test
    void anEmptyLlcConfigurationLineIsNamedByFileAndLine() throws Exception {
        Path conf = file("llc.conf", "# mine\nmain=\n");
        input(Cli.run("check", "--llc-config", conf.toString(), "--llvm", "llc-main", "--corpus", CASES, "01"),
                conf + ":2:", "names no llc");
        Path folder = file("llc2.conf", "main=" + dir + "\n");
        input(Cli.run("check", "--llc-config", folder.toString(), "--llvm", "llc-main", "--corpus", CASES, "01"),
                folder + ":1:", "no executable llc");
    }

    @Test
    void inputTextReachesTheTerminalWithoutControlSequences() throws Exception {
        Path f = file("esc.ll", "target triple = \"x86_64-unknown-none\"\n"
                + "define x86_intrcc void @\"\\1B[2J\\1B[31mred\"(ptr byval(i64) %f) {\n  ret void\n}\n");
        Cli r = Cli.run("check", f.toString());
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.toString());
        assertTrue(r.out().contains("\\x1b[2J"), r.toString());
        Cli missing = Cli.run("check", dir.resolve("no\u001b[31mfile.ll").toString());
        assertFalse(missing.err().contains("\u001b"), missing.toString());
    }
}
