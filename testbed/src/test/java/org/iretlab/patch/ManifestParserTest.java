package org.iretlab.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestParserTest {
    private static final String GOOD = """
            # a comment
            title: realign
            upstream: https://reviews.llvm.org/D151400
            ref: review D151400
            state: landed in LLVM 17
            summary: first line
            summary: second line
            fixes: 01 @ i686-unknown-linux-gnu; i686-unknown-linux-gnu mattr=-sse: misaligned-call-site
            fixes: 16a, 20a: insn:cld
            guard: 02 21
            regresses: 35: sp-at-iret-wrong CRASH
            prototype: pass stack-realign-32
            fixed-in: 16 -> worker-17
            introduced-by: llc-16 -> 17
            prototype-on: 17, embedded
            """;

    private static Manifest parse(String text) {
        return ManifestParser.parse(Path.of("patches/x"), Path.of("patches/x/patch.txt"), text);
    }

    @Test
    void aManifestReadsAsWritten() {
        Manifest m = parse(GOOD);
        assertEquals("realign", m.title());
        assertEquals("first line second line", m.summary());
        assertEquals(List.of("stack-realign-32"), m.prototypePasses());
        Claim first = m.claims().get(0);
        assertEquals(Claim.Role.FIXES, first.role());
        assertEquals(List.of("01"), first.cases());
        assertEquals(List.of("i686-unknown-linux-gnu", "i686-unknown-linux-gnu mattr=-sse"), first.targets());
        assertEquals(Set.of("misaligned-call-site"), first.tokens());
        assertEquals(List.of("16a", "20a"), m.claims().get(1).cases());
        assertEquals(Set.of("insn:cld"), m.claims().get(1).tokens());
        assertEquals(Claim.Role.GUARD, m.claims().get(2).role());
        assertEquals(Set.of("sp-at-iret-wrong", "CRASH"), m.claims().get(3).tokens());
        assertEquals(List.of(new Check("16", "worker-17", FlipStatus.FIXED, 13), new Check("llc-16", "17", FlipStatus.REGRESSED, 14),
                new Check("17", Check.PROTOTYPE, FlipStatus.PROTOTYPE_FIXED, 15),
                new Check("embedded", Check.PROTOTYPE, FlipStatus.PROTOTYPE_FIXED, 15)), m.checks());
    }

    /** Each mistake names its line and says what to write instead. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fixes: 01: misaligned-callsite              | 8:  | unknown token 'misaligned-callsite'",
        "fixes: 01                                   | 8:  | write 'CASES [@ TARGETS]: TOKENS'",
        "guard: 02: misaligned-call-site             | 8:  | a guard names cells only",
        "fixed-in: 16 to 17                          | 8:  | write 'BASELINE -> CANDIDATE'",
        "fixed-in: 16 -> gcc                         | 8:  | 'gcc' is not an LLVM",
        "prototype: pass make-it-work                | 8:  | unknown pass 'make-it-work'",
        "prototype: rewrite andl                     | 8:  | write 'prototype: pass NAME[,NAME]'",
        "colour: blue                                | 8:  | unknown key 'colour'",
        "title: again                                | 8:  | 'title' given twice",
        "just words                                  | 8:  | expected 'key: value'",
        "fixes: 01 @ : misaligned-call-site          | 8:  | an empty target after '@'",
    })
    void mistakesAreReportedAtTheirLine(String line, String where, String what) {
        String text = """
                title: t
                upstream: https://example.org/x
                ref: review D151400
                state: open
                summary: s
                fixes: 01: misaligned-call-site
                fixed-in: 16 -> 17
                """ + line.strip() + "\n";
        ManifestException e = assertThrows(ManifestException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("patches/x/patch.txt:" + where.strip()), e.getMessage());
        assertTrue(e.getMessage().contains(what.strip()), e.getMessage());
    }

    @Test
    void aFixWithoutABracketMustSayWhyNone() {
        String text = GOOD.replace("fixed-in: 16 -> worker-17\n", "");
        ManifestException e = assertThrows(ManifestException.class, () -> parse(text));
        assertTrue(e.getMessage().contains("no 'fixed-in:' line and no 'no-bracket:' line"), e.getMessage());
        parse(text + "no-bracket: no LLVM here contains it\n");
    }

    @Test
    void aPrototypeCheckNeedsAPrototype() {
        String text = GOOD.replace("prototype: pass stack-realign-32\n", "");
        ManifestException e = assertThrows(ManifestException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("patches/x/patch.txt:14: prototype-on needs a 'prototype: pass NAME' line"), e.getMessage());
    }

    @Test
    void missingKeysAreNamed() {
        ManifestException e = assertThrows(ManifestException.class, () -> parse("title: t\nupstream: https://x.org\n"));
        assertTrue(e.getMessage().startsWith("patches/x/patch.txt:2: no 'ref:' line"), e.getMessage());
        e = assertThrows(ManifestException.class, () -> parse(GOOD.replace("ref: review D151400", "ref: soon")));
        assertTrue(e.getMessage().contains("ref names no review id"), e.getMessage());
    }

    /** A bug iretlab found has no upstream link or ref yet: 'upstream: none: why' says so; alone, never beside a link. */
    @Test
    void aBugNotReportedUpstreamSaysSoInsteadOfALink() {
        String unreported = GOOD.replaceAll("(?m)^upstream: .*\n", "").replaceAll("(?m)^ref: .*\n", "")
                .replace("title:", "upstream: none: found by iretlab, not reported yet\ntitle:");
        Manifest m = parse(unreported);
        assertEquals(List.of("none: found by iretlab, not reported yet"), m.upstream());
        ManifestException e = assertThrows(ManifestException.class,
                () -> parse(unreported.replace("title:", "upstream: https://x.org/1\ntitle:")));
        assertTrue(e.getMessage().contains("'upstream: none' with a link beside it"), e.getMessage());
        e = assertThrows(ManifestException.class, () -> parse(unreported.replace("upstream: none: found", "upstream: nobody found")));
        assertTrue(e.getMessage().contains("upstream must start with a link (https://...), or be 'none: why'"), e.getMessage());
    }

    @Test
    void aFolderWithoutAManifestSaysWhatItNeeds() throws Exception {
        Path dir = Files.createTempDirectory("patch");
        try {
            var e = assertThrows(org.iretlab.common.InputException.class, () -> ManifestParser.read(dir));
            assertTrue(e.getMessage().contains("no patch.txt here"), e.getMessage());
        } finally {
            Files.delete(dir);
        }
    }

    @Test
    void theShippedManifestsParse() throws Exception {
        try (var dirs = Files.list(Path.of("../patches"))) {
            List<Path> all = dirs.filter(d -> Files.isRegularFile(d.resolve(ManifestParser.FILE))).sorted().toList();
            assertEquals(8, all.size(), all::toString);
            all.forEach(ManifestParser::read);
        }
    }
}
