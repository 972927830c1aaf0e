package org.iretlab.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.corpus.CaseParser;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The one pipeline on the embedded LLVM: a cell holds its verdicts and is held against its case's
 * lines, and what it stores reads back as the same cell.
 */
class CellPipelineTest {
    private static final CellPipeline PIPELINE = CellPipeline.of(new InProcessBackend());

    /** An x86-64 handler with an error code that calls out: llvm#224029 shows on LLVM 20 (RSP 8 mod 16 at the call). */
    private static CorpusCase kase(String expect, String oracle) {
        return CaseParser.parse(Path.of("99-pipeline.ll"), """
                ; id: 99
                ; title: a call from an error-code handler
                ; upstream: llvm/llvm-project#224029
                ; wrong: misaligned call
                ; correct: aligned call
                ; target: x86_64-unknown-none
                ; subject: misaligned-call-site
                ; expect: x86_64-unknown-none @ llvm*: %s
                ; oracle: x86_64-unknown-none @ llvm*: %s
                ; source: llvm*: this test
                ; RUN: llvm*: llc < %%s
                target triple = "x86_64-unknown-none"

                declare void @ext()

                define x86_intrcc void @h(ptr byval(i64) %%f, i64 %%ec) {
                  call void @ext()
                  ret void
                }
                """.formatted(expect, oracle));
    }

    @AfterAll
    static void close() {
        PIPELINE.close();
    }

    @Test
    void aCellKeepsItsVerdictPerHandlerAndComparesWithItsLine() {
        CorpusCase c = kase("misaligned-call-site", "N/A");
        Cell cell = PIPELINE.run(c, c.targets().get(0));
        assertEquals(Outcome.BUG, cell.outcome());
        assertTrue(cell.kinds().contains(FindingKind.MISALIGNED_CALL_SITE), cell::toString);
        assertEquals(1, cell.functions().size(), "one handler, one verdict, kept from the one judgement");
        assertEquals(cell.findings(), cell.functions().get(0).findings());
        assertTrue(cell.subjectReproduces());
        assertNotNull(cell.asm());
        // The expectation names a subset of what is found: the cell differs (a negative control of as-expected).
        Set<FindingKind> found = cell.kinds();
        assertEquals(found.equals(Set.of(FindingKind.MISALIGNED_CALL_SITE)) ? Verdict.AS_EXPECTED : Verdict.DIFFERS, cell.verdict());
        CorpusCase exact = kase(String.join(" ", found.stream().map(FindingKind::id).toList()), "N/A");
        assertEquals(Verdict.AS_EXPECTED, PIPELINE.run(exact, exact.targets().get(0)).verdict());
        CorpusCase wrong = kase("none", "N/A");
        assertEquals(Verdict.DIFFERS, PIPELINE.run(wrong, wrong.targets().get(0)).verdict());
    }

    @Test
    void aStoredCellReadsBackAsTheSameCell() throws Exception {
        CorpusCase c = kase("misaligned-call-site", "N/A");
        Cell cell = PIPELINE.run(c, c.targets().get(0), CellPipeline.FIX_PASSES).withAsmHash("abc", 0.5);
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(cell);
        Cell back = json.readValue(text, Cell.class);
        assertEquals(text, json.writeValueAsString(back));
        assertEquals(cell.findings(), back.findings(), "addresses and instructions survive the stored 'at' text");
        assertEquals(cell.kinds(), back.kinds());
        assertNull(back.artifacts(), "what only the running process has is not stored");
        assertTrue(text.contains("\"outcome\":\"" + cell.outcome().label + "\""), text);
        assertTrue(text.contains("\"asm\":\"abc\""), text);
        assertFalse(text.contains("artifacts"), text);
    }

    @Test
    void anExpectationIsStoredAsFieldsAndACellOfTheOldSentenceFormReadsBack() throws Exception {
        CorpusCase c = kase("misaligned-call-site", "N/A");
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode stored = json.valueToTree(PIPELINE.run(c, c.targets().get(0)));
        com.fasterxml.jackson.databind.JsonNode expected = stored.get("expected");
        assertTrue(expected.isObject(), stored::toString);
        assertEquals("llvm*", expected.get("versions").asText());
        assertEquals("BUG", expected.get("outcome").asText());
        assertEquals("misaligned-call-site", expected.get("kinds").get(0).asText());
        com.fasterxml.jackson.databind.JsonNode target = stored.get("target");
        assertEquals("x86_64-unknown-none", target.get("triple").asText(), stored::toString);
        assertEquals("x86_64-unknown-none", target.get("spec").asText());
        assertEquals(2, target.get("optLevel").asInt());

        String legacy = "{\"caseFile\":\"a\",\"target\":\"x86_64-unknown-none\",\"backend\":\"worker-17\",\"outcome\":\"BUG\","
                + "\"kinds\":[\"gpr-clobbered\"],\"findings\":[{\"kind\":\"gpr-clobbered\",\"at\":\"0x1f: popq %rax\",\"reason\":\"r\"},"
                + "{\"kind\":\"frame-write-dropped\",\"at\":\"@h: store\",\"reason\":\"s\"}],"
                + "\"expected\":\"BUG: x87-state-clobbered gpr-clobbered; CR0.TS=1: #NM\",\"verdict\":\"differs\"}";
        Cell old = json.readValue(legacy, Cell.class);
        assertEquals(new org.iretlab.verdict.Finding(FindingKind.GPR_CLOBBERED, 0x1f, "popq %rax", "r"), old.findings().get(0));
        assertEquals(org.iretlab.verdict.Finding.inIr(FindingKind.FRAME_WRITE_DROPPED, "@h: store", "s"), old.findings().get(1));
        assertEquals("x86_64-unknown-none", old.target(), "a target stored as its spec alone");
        assertEquals(new Expected(null, Outcome.BUG, Set.of(FindingKind.GPR_CLOBBERED, FindingKind.X87_STATE_CLOBBERED), "#NM"),
                old.expected());
        assertEquals("BUG: gpr-clobbered x87-state-clobbered; CR0.TS=1: #NM", old.expected().toString());
        // The control: a sentence that names no outcome is refused, not read as something else.
        assertThrows(IllegalArgumentException.class, () -> Expected.parse("MAYBE: gpr-clobbered"));
    }

    /**
     * A cell without code still gets an oracle side when the oracle was asked: N/A with the reason,
     * as expected where the case's oracle line says N/A, and differing where it says otherwise. (No
     * QEMU is needed: nothing boots.)
     */
    @Test
    void aCellWithoutCodeGetsAnOracleSideHeldAgainstItsLine() {
        String rejected = """
                ; id: 98
                ; title: refused
                ; upstream: none
                ; wrong: w
                ; correct: c
                ; target: x86_64-unknown-none
                ; subject: none
                ; expect: x86_64-unknown-none @ llvm*: REJECTED
                ; oracle: x86_64-unknown-none @ llvm*: %s
                ; source: llvm*: this test
                ; RUN: llvm*: llc < %%s
                target triple = "x86_64-unknown-none"

                define x86_intrcc void @h(i32 %%f) {
                  ret void
                }
                """;
        try (CellPipeline underQemu = new CellPipeline(new InProcessBackend(), CheckOptions.defaults(), new Oracle(Duration.ofSeconds(5)))) {
            CorpusCase na = CaseParser.parse(Path.of("98-refused.ll"), rejected.formatted("N/A"));
            Cell cell = underQemu.run(na, na.targets().get(0));
            assertEquals(Outcome.REJECTED, cell.outcome(), cell::message);
            assertEquals(Verdict.AS_EXPECTED, cell.verdict());
            assertNotNull(cell.oracle(), "the oracle was asked: its side says why nothing ran");
            assertEquals(Outcome.NOT_AVAILABLE, cell.oracle().outcome());
            assertEquals(Verdict.AS_EXPECTED, cell.oracle().verdict());
            CorpusCase other = CaseParser.parse(Path.of("98-refused.ll"), rejected.formatted("none"));
            assertEquals(Verdict.DIFFERS, underQemu.run(other, other.targets().get(0)).oracle().verdict());
        }
    }

    /**
     * A kernel that cannot be linked (the handler's object defines a global the harness defines too)
     * is the cell's oracle failure, UNDECIDED with why and held against its line, with the static side
     * kept; a run of many cells goes on. The control: the same handler without the clash runs.
     */
    @Test
    void aKernelThatCannotBeBuiltIsTheCellsOracleSideNotTheRunsEnd() {
        org.iretlab.Required.qemu();
        String source = """
                ; id: 97
                ; title: clash
                ; upstream: none
                ; wrong: w
                ; correct: c
                ; target: x86_64-unknown-none
                ; subject: none
                ; expect: x86_64-unknown-none @ llvm*: none
                ; oracle: x86_64-unknown-none @ llvm*: none
                ; source: llvm*: this test
                ; RUN: llvm*: llc < %%s
                target triple = "x86_64-unknown-none"

                define void @%s() {
                  ret void
                }

                define x86_intrcc void @h(ptr byval(i64) %%f) {
                  ret void
                }
                """;
        try (CellPipeline underQemu = new CellPipeline(new InProcessBackend(), CheckOptions.defaults(), new Oracle(Duration.ofSeconds(30)))) {
            CorpusCase clash = CaseParser.parse(Path.of("97-clash.ll"), source.formatted("iretlab_trigger"));
            Cell cell = underQemu.run(clash, clash.targets().get(0));
            assertEquals(Outcome.OK, cell.outcome(), "the static side is judged and kept");
            assertEquals(Verdict.AS_EXPECTED, cell.verdict());
            assertEquals(Outcome.UNDECIDED, cell.oracle().outcome());
            assertTrue(cell.oracle().message().startsWith(CellPipeline.ORACLE_FAILED), cell.oracle()::message);
            assertTrue(cell.oracle().message().contains("iretlab_trigger"), cell.oracle()::message);
            assertEquals(Verdict.DIFFERS, cell.oracle().verdict(), "its oracle line said none: the run shows the cell");

            CorpusCase apart = CaseParser.parse(Path.of("97-clash.ll"), source.formatted("elsewhere"));
            Cell control = underQemu.run(apart, apart.targets().get(0));
            assertEquals(Outcome.OK, control.oracle().outcome(), control.oracle()::message);
            assertEquals(Verdict.AS_EXPECTED, control.oracle().verdict());
        }
    }

    @Test
    void thePassesMakeAFixedCell() {
        CorpusCase c = kase("misaligned-call-site", "N/A");
        Cell fixed = PIPELINE.run(c, c.targets().get(0), CellPipeline.FIX_PASSES);
        assertTrue(fixed.fixed());
        assertEquals(CellPipeline.FIX_PASSES, fixed.passes());
        assertFalse(fixed.passLog().isEmpty(), "the passes say what they did or declined");
        assertEquals(List.of(), PIPELINE.run(c, c.targets().get(0)).passes());
    }

    @Test
    void aSubsetOfThePassesHasNoAfterFixExpectation() {
        CorpusCase c = CaseParser.parse(Path.of("99-pipeline.ll"), kase("misaligned-call-site", "N/A").text()
                .replace("; source:", "; after-fix: x86_64-unknown-none @ llvm*: none\n; source:"));
        Cell all = PIPELINE.run(c, c.targets().get(0), CellPipeline.FIX_PASSES);
        assertNotNull(all.expected(), "the control: after every pass the after-fix line holds the cell");
        assertTrue(all.verdict() != Verdict.NO_EXPECTATION);
        Cell some = PIPELINE.run(c, c.targets().get(0), List.of(CellPipeline.FIX_PASSES.get(0)));
        assertTrue(some.fixed());
        assertNull(some.expected(), "the after-fix line was recorded with every pass, not this one");
        assertEquals(Verdict.NO_EXPECTATION, some.verdict());
    }
}
