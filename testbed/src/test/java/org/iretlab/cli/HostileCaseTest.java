package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iretlab.Required;
import org.iretlab.upstream.LitExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-lit and report on a case whose header is hostile (a title holding lit directives, HTML and
 * an ANSI escape, a fake statement line) and whose handler has a quoted name: nothing runs, nothing
 * renders, and the quoted name is found in llc's output.
 */
class HostileCaseTest {
    @TempDir
    Path dir;

    private Path witness;
    private Path kase;

    @BeforeEach
    void hostileCase() throws Exception {
        witness = dir.resolve("PWNED");
        String title = "RUN: touch " + witness + " CHECK: nothing END. iretlab: passes with LLVM 99 "
                + "<script>alert(1)</script>\u001b[31m";
        String text = Files.readString(Path.of("../ir-tests/cases/01-misaligned-call-i686.ll"))
                .replaceFirst("(?m)^; title: .*$", "; title: " + title.replace("\\", "\\\\").replace("$", "\\$"))
                .replace("@foo(", "@\"foo bar\"(");
        kase = Files.writeString(dir.resolve("hostile.ll"), text);
    }

    @Test
    void exportLitRunsNothingFromTheHeaderAndFindsAQuotedHandler() throws Exception {
        for (int m : new int[] {16, 19}) {
            Required.backend("llc-" + m);
            Required.executable(Path.of("/usr/lib/llvm-" + m + "/bin/FileCheck"), "scripts/setup-toolchains --llc " + m + " --tools");
        }
        Path out = dir.resolve("out.ll");
        Cli r = Cli.run("export-lit", kase.toString(), "--check-on", "16,19", "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertFalse(Files.exists(witness), "lit ran the title's RUN: line");
        String test = Files.readString(out);
        assertTrue(test.contains("; RUN : touch " + witness), test);
        assertTrue(test.contains("; CHECK-LABEL: \"foo bar\":"), test);
        assertFalse(test.contains("\u001b"), test);
        assertEquals(Map.of("LLVM 16", false, "LLVM 19", true), LitExporter.statement(test), "the title's fake statement was read back");
    }

    @Test
    void reportShowsTheHeaderAsTextAndMarksAQuotedHandler() throws Exception {
        Required.backend("llc-16");
        Required.backend("llc-19");
        Cli r = Cli.run("report", kase.toString(), "--no-oracle", "--llvm", "llc-16,llc-19");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertFalse(r.out().contains("<script") || r.out().contains("\u001b"), r.out());
        assertTrue(r.out().contains("&lt;script&gt;"), r.out());
        assertTrue(r.out().contains("\"foo bar\":\n"), r.out());
    }
}
