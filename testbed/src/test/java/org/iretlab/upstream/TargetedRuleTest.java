package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.iretlab.Required;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.WorkFolder;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.junit.jupiter.api.Test;

/**
 * Targeted rules of bugs no LLVM gets right, each under FileCheck: the exported test fails on LLVM
 * 16's code; without the rule's lines it passes there (the rule is what fails); and the same code
 * edited as a correct handler has it satisfies the rule.
 */
class TargetedRuleTest {
    private static final LitLlc LLC16 = LitLlc.debian(16);

    /** gpr-clobbered (explore-probe-eax): EAX pushed at entry and popped before the iret. */
    @Test
    void aClobberedRegisterMustBePushedAndPopped() throws Exception {
        rule("explore-probe-eax", "i686-pc-windows-msvc-elf", "SAVEEAX",
                buggy -> buggy.replaceFirst("(?m)^h:.*$", "$0\n\tpushl\t%eax").replaceFirst("(?m)^\\s*iretl", "\tpopl\t%eax\n$0"));
    }

    /**
     * vector-clobbered (explore-nosse-xmm-asm-i686): xmm0 stored before the asm's xorps and loaded
     * again before the iret. The rule anchored on the iret, where the finding is, asked for a
     * restore after it.
     */
    @Test
    void aClobberedVectorRegisterMustBeStoredAndLoaded() throws Exception {
        rule("explore-nosse-xmm-asm-i686", "i686-unknown-linux-gnu", "VECSTATE",
                buggy -> buggy.replaceFirst("(?m)^\\s*#APP", "\tsubl\t\\$16, %esp\n\tmovups\t%xmm0, (%esp)\n$0")
                        .replaceFirst("(?m)^\\s*iretl", "\tmovups\t(%esp), %xmm0\n\taddl\t\\$16, %esp\n$0"));
    }

    private static void rule(String caseName, String triple, String prefix, UnaryOperator<String> corrected) throws Exception {
        Required.backend("llc-16");
        Required.executable(LitRunner.bin(16).resolve("FileCheck"), "scripts/setup-toolchains --llc 16 --tools");
        CorpusCase c = Corpus.find(UpstreamBundleTest.CASES, caseName).orElseThrow();
        try (WorkFolder work = WorkFolder.create("iretlab-targeted-rule-")) {
            Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
            LitExporter.LitExport export = new LitExporter(toolchains).export(c, null, null, true, List.of(LLC16), work.path());
            assertTrue(export.text().contains("--check-prefix=" + prefix), export.text());
            assertEquals(Map.of(LLC16.label(), false), LitExporter.statement(export.text()), export.text());

            String buggy = llc16(export.text(), triple, work.path());
            assertFalse(fileCheck(export.text(), prefix, buggy, work.path()), "LLVM 16's code has the bug");
            String withoutRule = export.text().lines().filter(l -> !l.startsWith("; " + prefix + ":")).collect(Collectors.joining("\n"));
            assertTrue(fileCheck(withoutRule, prefix, buggy, work.path()), "the label and the iret alone match");
            String correct = corrected.apply(buggy);
            assertTrue(fileCheck(export.text(), prefix, correct, work.path()), correct);
        }
    }

    private static String llc16(String test, String triple, Path work) throws Exception {
        Path ll = Files.writeString(work.resolve("case.ll"), test);
        ExternalProcess.Result r = ExternalProcess.run(List.of(LitRunner.bin(16).resolve("llc").toString(),
                "-mtriple=" + triple, "-O2", "-relocation-model=static", ll.toString(), "-o", "-"), Duration.ofSeconds(60));
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    private static boolean fileCheck(String test, String prefix, String asm, Path work) throws Exception {
        Path checks = Files.writeString(work.resolve("checks.ll"), test);
        Path input = Files.writeString(work.resolve("input.s"), asm);
        return ExternalProcess.run(List.of(LitRunner.bin(16).resolve("FileCheck").toString(), checks.toString(), "--check-prefix=" + prefix,
                "--input-file=" + input), Duration.ofSeconds(60)).exitCode() == 0;
    }
}
