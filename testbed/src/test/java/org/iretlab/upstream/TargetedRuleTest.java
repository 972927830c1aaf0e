package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iretlab.Required;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.WorkFolder;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.junit.jupiter.api.Test;

/**
 * The targeted rule for gpr-clobbered (explore-probe-eax, whose bug no LLVM gets right): under
 * FileCheck it fails on LLVM 16's code, which never saves EAX; the test without the rule passes
 * there (the rule is what fails); and the same code with EAX pushed at entry and popped before the
 * iret, as a correct handler has it, satisfies the rule.
 */
class SavedRegisterRuleTest {
    private static final LitLlc LLC16 = LitLlc.debian(16);

    @Test
    void aClobberedRegisterMustBePushedAndPopped() throws Exception {
        Required.backend("llc-16");
        Required.executable(LitRunner.bin(16).resolve("FileCheck"), "scripts/setup-toolchains --llc 16 --tools");
        CorpusCase c = Corpus.find(UpstreamBundleTest.CASES, "explore-probe-eax").orElseThrow();
        try (WorkFolder work = WorkFolder.create("iretlab-saved-register-")) {
            Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
            LitExporter.LitExport export = new LitExporter(toolchains).export(c, null, null, true, List.of(LLC16), work.path());
            assertTrue(export.text().contains("--check-prefix=SAVEEAX"), export.text());
            assertEquals(Map.of(LLC16.label(), false), LitExporter.statement(export.text()), export.text());

            String buggy = llc16(export.text(), work.path());
            assertFalse(fileCheck(export.text(), buggy, work.path()), "LLVM 16's code never saves EAX");
            String withoutRule = export.text().lines().filter(l -> !l.startsWith("; SAVEEAX:")).collect(Collectors.joining("\n"));
            assertTrue(fileCheck(withoutRule, buggy, work.path()), "the label and the iret alone match");
            String correct = buggy.replaceFirst("(?m)^h:.*$", "$0\n\tpushl\t%eax").replaceFirst("(?m)^\\s*iretl", "\tpopl\t%eax\n$0");
            assertTrue(fileCheck(export.text(), correct, work.path()), correct);
        }
    }

    private static String llc16(String test, Path work) throws Exception {
        Path ll = Files.writeString(work.resolve("case.ll"), test);
        ExternalProcess.Result r = ExternalProcess.run(List.of(LitRunner.bin(16).resolve("llc").toString(),
                "-mtriple=i686-pc-windows-msvc-elf", "-O2", "-relocation-model=static", ll.toString(), "-o", "-"), Duration.ofSeconds(60));
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    private static boolean fileCheck(String test, String asm, Path work) throws Exception {
        Path checks = Files.writeString(work.resolve("checks.ll"), test);
        Path input = Files.writeString(work.resolve("input.s"), asm);
        return ExternalProcess.run(List.of(LitRunner.bin(16).resolve("FileCheck").toString(), checks.toString(), "--check-prefix=SAVEEAX",
                "--input-file=" + input), Duration.ofSeconds(60)).exitCode() == 0;
    }
}
