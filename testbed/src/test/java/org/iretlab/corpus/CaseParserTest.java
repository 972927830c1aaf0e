package org.iretlab.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseParserTest {
    private static final String GOOD = """
            ; id: 99
            ; title: a test case
            ; upstream: llvm/llvm-project#1
            ; wrong: it is wrong
            ; correct: it is right
            ; target: i686-unknown-linux-gnu mattr=+avx
            ; target: x86_64-unknown-none -O0
            ; subject: misaligned-call-site
            ; expect: i686-unknown-linux-gnu mattr=+avx @ llvm<=16: misaligned-call-site x87-state-clobbered
            ; expect: i686-unknown-linux-gnu mattr=+avx @ llvm>=17: x87-state-clobbered
            ; expect: x86_64-unknown-none -O0 @ llvm*: REJECTED
            ; source: llvm*: our run
            ; RUN: llvm>=15: llc < %s
            ; prose without a key is allowed
            target triple = "i686-unknown-linux-gnu"
            ; expect: after the header this is not read
            """;

    private static CorpusCase parse(String text) {
        return CaseParser.parse(Path.of("t.ll"), text);
    }

    @Test
    void aGoodHeaderParses() {
        CorpusCase c = parse(GOOD);
        assertEquals("99", c.id());
        assertEquals(2, c.targets().size());
        assertEquals(Set.of(FindingKind.MISALIGNED_CALL_SITE), c.subject());
        Target i686 = c.targets().get(0);
        assertEquals("+avx", i686.features());
        assertEquals(0, c.targets().get(1).optLevel());
        assertTrue(c.expectation(i686, 16).orElseThrow().kinds().contains(FindingKind.MISALIGNED_CALL_SITE));
        assertEquals(Set.of(FindingKind.X87_STATE_CLOBBERED), c.expectation(i686, 20).orElseThrow().kinds());
        assertEquals(Outcome.REJECTED, c.expectation(c.targets().get(1), 13).orElseThrow().outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key | ; subjekt: none | t.ll:15: unknown key 'subjekt'",
        "bad version range | ; expect: x86_64-unknown-none -O0 @ llvm>>3: none | t.ll:15: bad version range 'llvm>>3'",
        "unknown finding kind | ; expect: x86_64-unknown-none -O0 @ llvm=3: stack-smash | t.ll:15: unknown finding kind 'stack-smash'",
        "undeclared target | ; expect: i386-unknown-none @ llvm=3: none | t.ll:15: 'i386-unknown-none' is not one of the case's targets",
        "overlapping ranges | ; expect: i686-unknown-linux-gnu mattr=+avx @ llvm=20: none | t.ll:15: llvm=20 overlaps llvm>=17 (line 10)",
        "malformed expect | ; expect: no range here | t.ll:15: 'expect: no range here': write TARGET @ RANGE",
        "bad target option | ; target: i386-unknown-none -mattr=+sse | t.ll:15: unknown target option '-mattr=+sse'",
        "undeclared target in a shared line | '; after-fix: x86_64-unknown-none -O0 | i386-unknown-none @ llvm*: none' | t.ll:15: 'i386-unknown-none' is not one of the case's targets",
    })
    void malformedHeadersNameFileAndLine(String what, String badLine, String message) {
        String text = GOOD.replace("; prose without a key is allowed", "; prose\n" + badLine);
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith(message), what + ": " + e.getMessage());
    }

    @Test
    void aLineNamingSeveralTargetsOrAllStandsForEachOfThem() {
        String text = GOOD.replace("""
                ; expect: i686-unknown-linux-gnu mattr=+avx @ llvm>=17: x87-state-clobbered
                ; expect: x86_64-unknown-none -O0 @ llvm*: REJECTED
                """, """
                ; expect: i686-unknown-linux-gnu mattr=+avx | x86_64-unknown-none -O0 @ llvm>=17: x87-state-clobbered
                ; expect: x86_64-unknown-none -O0 @ llvm<=16: REJECTED
                ; after-fix: * @ llvm13-16: none
                ; oracle: * @ llvm>=13: x87-state-clobbered; CR0.TS=1: #NM
                """);
        CorpusCase c = parse(text);
        Target i686 = c.targets().get(0);
        Target x64 = c.targets().get(1);
        assertEquals(Set.of(FindingKind.X87_STATE_CLOBBERED), c.expectation(i686, 17).orElseThrow().kinds());
        assertEquals(Set.of(FindingKind.X87_STATE_CLOBBERED), c.expectation(x64, 22).orElseThrow().kinds());
        assertEquals(10, c.expectation(x64, 22).orElseThrow().line(), "each target's expectation keeps its line");
        assertEquals(Outcome.REJECTED, c.expectation(x64, 16).orElseThrow().outcome());
        assertEquals(2, c.afterFix().size());
        assertTrue(c.afterFix(i686, 13).isPresent() && c.afterFix(x64, 16).isPresent() && c.afterFix(x64, 17).isEmpty());
        assertEquals("#NM", c.oracleExpectation(x64, 20, false).orElseThrow().lazyFp());
        assertEquals(Outcome.BUG, c.oracleExpectation(i686, 13, false).orElseThrow().outcome());
    }

    @Test
    void aSharedLineIsCheckedForOverlapsPerTarget() {
        String text = GOOD.replace("; prose without a key is allowed",
                "; after-fix: * @ llvm>=20: none\n; after-fix: x86_64-unknown-none -O0 @ llvm=22: none");
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> parse(text));
        assertEquals("t.ll:15: llvm=22 overlaps llvm>=20 (line 14) for x86_64-unknown-none -O0", e.getMessage());
    }

    @Test
    void aTargetWithoutExpectationIsRefused() {
        String text = GOOD.replace("; expect: x86_64-unknown-none -O0 @ llvm*: REJECTED\n", "");
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> parse(text));
        assertEquals("t.ll:7: target 'x86_64-unknown-none -O0' has no '; expect:' line", e.getMessage());
    }

    @Test
    void missingRequiredKeysAreNamed() {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> parse(GOOD.replace("; wrong: it is wrong\n", "")));
        assertEquals("t.ll:1: no '; wrong:' line in the header", e.getMessage());
    }

    @Test
    void versionRanges() {
        assertTrue(VersionRange.parse("llvm13-16").contains(14));
        assertTrue(!VersionRange.parse("llvm13-16").contains(17));
        assertTrue(VersionRange.parse("llvm*").contains(99));
        assertEquals("llvm>=17", VersionRange.parse("llvm>=17").toString());
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("llvm16-13"));
    }

    @Test
    void crlfLineEndingsReadAsTheSameCase() {
        CorpusCase lf = CaseParser.parse(Path.of("99.ll"), GOOD);
        CorpusCase crlf = CaseParser.parse(Path.of("99.ll"), GOOD.replace("\n", "\r\n"));
        assertEquals(lf.id(), crlf.id());
        assertEquals(lf.title(), crlf.title());
        assertEquals(lf.targets(), crlf.targets());
        assertEquals(lf.expectations(), crlf.expectations());
    }
}
