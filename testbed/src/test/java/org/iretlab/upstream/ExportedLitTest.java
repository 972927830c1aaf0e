package org.iretlab.upstream;

import org.iretlab.common.WorkFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.Required;
import org.iretlab.common.ExternalProcess;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.CellPipeline;
import org.iretlab.target.Target;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The exported lit test of each upstream issue's case, run again here under the real lit with LLVM
 * 16's and 19's llc and FileCheck: it passes and fails as its header says, fails wherever the case
 * expects the bug, and each way it could pass or fail for the wrong reason has a control.
 */
class ExportedLitTest {
    static final List<Integer> MAJORS = List.of(16, 19);
    private static final List<LitLlc> LLCS = MAJORS.stream().map(LitLlc::debian).toList();
    private static final Pattern PREFIX = Pattern.compile("--check-prefix=(\\w+)");

    private static Toolchains toolchains() {
        MAJORS.forEach(m -> {
            Required.backend("llc-" + m);
            Required.executable(LitRunner.bin(m).resolve("FileCheck"), "scripts/setup-toolchains --llc 16,19 --tools");
        });
        Required.executable(Path.of("/usr/lib/llvm-19/build/utils/lit/lit.py"), "scripts/setup-toolchains --llc 19 --tools");
        return Toolchains.discover(null, false, Duration.ofSeconds(120));
    }

    @TestFactory
    Stream<DynamicTest> eachIssuesTestPassesAndFailsAsItSays() {
        List<CorpusCase> cases = new ArrayList<>(new LinkedHashSet<>(UpstreamBundleTest.issues().values()));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.stem(), () -> {
            Toolchains toolchains = toolchains();
            LitExporter exporter = new LitExporter(toolchains);
            try (WorkFolder work = WorkFolder.create("iretlab-lit-test-")) {
                List<Integer> expectedBuggy = MAJORS.stream().filter(m -> c.targets().stream().anyMatch(t -> c.expectation(t, m)
                        .map(x -> x.kinds().stream().anyMatch(c.subject()::contains)).orElse(false))).toList();
                if (expectedBuggy.isEmpty()) {
                    InputException refused = assertThrows(InputException.class,
                            () -> exporter.export(c, null, null, false, LLCS, work.path()));
                    assertTrue(refused.getMessage().contains("shows on no target"), refused.getMessage());
                    return;
                }
                LitExporter.LitExport export = exporter.export(c, null, null, false, LLCS, work.path());
                Map<String, Boolean> stated = LitExporter.statement(export.text());
                assertEquals(LLCS.stream().map(LitLlc::label).toList(), List.copyOf(stated.keySet()), export.text());
                assertEquals(stated, lit(export.text(), c.stem(), work.path().resolve("again")), export.text());
                expectedBuggy.forEach(m -> assertFalse(stated.get("LLVM " + m), "LLVM " + m + " shows the bug but the test passes\n" + export.text()));
                assertFalse(export.text().contains("\n; RUN: llc -") && export.text().contains("-opaque-pointers"), "an upstream RUN line carries no reader flag");
                if (export.reference().equals("targeted")) {
                    targetedControls(c, export, toolchains, work.path());
                } else {
                    generatedControls(c, export, exporter, expectedBuggy, work.path());
                    // Where a correct version exists, the targeted rules must pass on it too: they ask for no more than correct code has.
                    LitExporter.LitExport targeted = exporter.export(c, null, null, true, LLCS, work.path().resolve("targeted"));
                    Map<String, Boolean> says = LitExporter.statement(targeted.text());
                    assertEquals(says, lit(targeted.text(), c.stem(), work.path().resolve("targeted-again")), targeted.text());
                    MAJORS.forEach(m -> assertEquals(!expectedBuggy.contains(m), says.get("LLVM " + m), "LLVM " + m + "\n" + targeted.text()));
                }
            }
        }));
    }

    /**
     * Generated CHECK lines: every line counts (one changed line fails on the reference), and the
     * buggy versions' output is never made into CHECK lines (asking for it is refused).
     */
    private static void generatedControls(CorpusCase c, LitExporter.LitExport export, LitExporter exporter, List<Integer> buggy,
            Path work) {
        String reference = "LLVM " + export.reference().replace("llc-", "");
        // The script's own NOTE line first, so that update_llc_test_checks.py can regenerate the checks;
        // every handler nounwind, so no CHECK line pins the unwinder's .cfi directives (NounwindTest has the control).
        assertEquals(LitExporter.UTC_NOTE, export.text().lines().findFirst().orElseThrow(), export.text());
        export.text().lines().filter(l -> l.startsWith("define") && l.contains("x86_intrcc"))
                .forEach(l -> assertTrue(l.contains(" nounwind"), l));
        assertFalse(export.text().lines().anyMatch(l -> l.startsWith("; CHECK") && l.contains(".cfi")), export.text());
        String mutated = export.text().replaceFirst("(?m)^; CHECK-NEXT:\\s+iret\\w*$", "; CHECK-NEXT:    nop");
        assertFalse(mutated.equals(export.text()), "no iret CHECK-NEXT line to change\n" + export.text());
        assertFalse(lit(mutated, c.stem(), work.resolve("mutated")).get(reference), "a changed CHECK line still passes on LLVM " + reference);
        for (int m : buggy) {
            InputException refused = assertThrows(InputException.class,
                    () -> exporter.export(c, null, LitLlc.debian(m), false, LLCS, work.resolve("b" + m)));
            assertTrue(refused.getMessage().contains("would pin the buggy code"), refused.getMessage());
        }
    }

    /**
     * Targeted CHECK lines: without the rules (label and iret kept) the test passes everywhere, so
     * what fails is the rule; and code iretlab's fix passes made correct satisfies them under the
     * real FileCheck, so the rules ask for something correct code has.
     */
    private static void targetedControls(CorpusCase c, LitExporter.LitExport export, Toolchains toolchains, Path work) throws Exception {
        String withoutRules = export.text().lines().filter(l -> !l.matches("^; [A-Z0-9]+:\\s+.*") || l.startsWith("; RUN:") || l.contains("iret"))
                .collect(Collectors.joining("\n"));
        Map<String, Boolean> bare = lit(withoutRules, c.stem(), work.resolve("bare"));
        assertTrue(bare.values().stream().allMatch(p -> p), "the test without its rules should pass everywhere: " + bare + "\n" + withoutRules);

        Target target = c.targets().stream().filter(t -> export.text().contains("-mtriple=" + t.triple() + " ")).findFirst().orElseThrow();
        try (CellPipeline runner = CellPipeline.of(toolchains.open("llc-19", false))) {
            if (c.afterFix(target, 19).map(x -> x.kinds().stream().anyMatch(c.subject()::contains)).orElse(true)) {
                return; // iretlab has no fix for this one on LLVM 19: no correct code to check the rules against.
            }
            Cell fixed = runner.run(c, target, CellPipeline.FIX_PASSES);
            Path asm = Files.writeString(work.resolve("fixed.s"), fixed.asm());
            Path test = Files.writeString(work.resolve("exported.ll"), export.text());
            Matcher prefixes = PREFIX.matcher(export.text());
            while (prefixes.find()) {
                ExternalProcess.Result r = ExternalProcess.run(List.of(LitRunner.bin(19).resolve("FileCheck").toString(), test.toString(),
                        "--check-prefix=" + prefixes.group(1), "--input-file=" + asm), Duration.ofSeconds(60));
                assertEquals(0, r.exitCode(), "the fixed code does not satisfy " + prefixes.group(1) + ":\n" + r.stderr());
            }
        }
    }

    private static Map<String, Boolean> lit(String text, String stem, Path folder) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (LitLlc l : LLCS) {
            try {
                Path dir = Files.createDirectories(folder.resolve(l.backend()));
                out.put(l.label(), LitRunner.run(Files.writeString(dir.resolve(stem + ".ll"), text), l).passed());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }
}
