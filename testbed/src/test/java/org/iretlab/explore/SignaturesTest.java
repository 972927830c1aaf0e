package org.iretlab.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/** Each signature class, from results made up for it, with a control that must not get that class. */
class SignaturesTest {
    private static final List<CorpusCase> CORPUS = Corpus.load(Path.of("../ir-tests/cases"));

    private static Observation bug(String backend, int major, String kind, String at) {
        return new Observation(backend, major, Outcome.BUG, null, List.of(new Observation.Seen(kind, Normalise.instruction(at))),
                null, null, List.of(), List.of(), 0);
    }

    private static Observation ok(String backend, int major) {
        return new Observation(backend, major, Outcome.OK, null, List.of(), null, null, List.of(), List.of(), 0);
    }

    private static HandlerResult handler(String name, String triple, String features, Observation... observations) {
        return new HandlerResult(name, "spec", "--params 1", null, triple, triple.substring(0, triple.indexOf('-')),
                triple.startsWith("x86_64") ? 64 : 32, features, "handlers/" + name + ".ll", List.of(observations));
    }

    @Test
    void oneProblemInManyHandlersIsOneSignatureAnotherGeneralRegisterIsAnother() {
        List<Signature> s = new Signatures(List.of()).of(List.of(
                handler("explore_000001", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "gpr-clobbered", "iretl")),
                handler("explore_000002", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "gpr-clobbered", "iretl")),
                handler("explore_000003", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "misaligned-stack-access", "movaps %xmm0, 16(%esp)")),
                handler("explore_000004", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "misaligned-stack-access", "movaps %xmm1, 32(%esp)")),
                handler("explore_000005", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "gpr-clobbered", "movl %ebx, 4(%esp)")),
                handler("explore_000006", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "gpr-clobbered", "movl %esi, 4(%esp)"))));
        assertEquals(4, s.size(), "the xmm spills are one signature, %ebx and %esi two: " + s);
        assertEquals(2, s.stream().filter(x -> x.at().equals("movaps %xmmN, N(%esp)")).findFirst().orElseThrow().handlers(), s.toString());
        Signature gpr = s.stream().filter(x -> x.at().equals("iretl")).findFirst().orElseThrow();
        assertEquals(2, gpr.handlers());
        assertEquals("handlers/explore_000001.ll", gpr.reproducer());
    }

    @Test
    void fineOnAnOlderLlvmBadOnANewerIsARegression() {
        List<Signature> s = new Signatures(List.of()).of(List.of(handler("explore_000001", "x86_64-unknown-none", "+avx",
                ok("llc-16", 16), bug("llc-19", 19, "red-zone-use", "vmovaps %ymm0, -40(%rsp)"))));
        assertEquals(SignatureClass.REGRESSION, s.get(0).signatureClass(), s.toString());
        assertEquals(List.of(19), s.get(0).versions());
        assertNull(s.get(0).knownCase());
        Signature named = new Signatures(CORPUS).of(List.of(handler("explore_000001", "i686-unknown-linux-gnu", "+avx",
                ok("llc-16", 16), bug("llc-19", 19, "misaligned-stack-access", "vmovaps %ymm0, (%esp)")))).get(0);
        assertEquals(SignatureClass.REGRESSION, named.signatureClass());
        assertTrue(named.knownCase() != null, "a regression of a kind a case is about names that case: " + named);
    }

    @Test
    void badOnEveryVersionOrOnlyOnTheOlderIsNoRegression() {
        List<Signature> everywhere = new Signatures(List.of()).of(List.of(handler("explore_000001", "x86_64-unknown-none", "+avx",
                bug("llc-16", 16, "red-zone-use", "vmovaps %ymm0, -40(%rsp)"), bug("llc-19", 19, "red-zone-use", "vmovaps %ymm0, -40(%rsp)"))));
        assertEquals(SignatureClass.NEW, everywhere.get(0).signatureClass(), everywhere.toString());
        List<Signature> fixed = new Signatures(List.of()).of(List.of(handler("explore_000001", "x86_64-unknown-none", "+avx",
                bug("llc-16", 16, "red-zone-use", "vmovaps %ymm0, -40(%rsp)"), ok("llc-19", 19))));
        assertEquals(SignatureClass.NEW, fixed.get(0).signatureClass(), fixed.toString());
    }

    @Test
    void aCaseWhoseSubjectIsTheKindOnThatWordSizeMakesItKnown() {
        HandlerResult h = handler("explore_000001", "i686-unknown-linux-gnu", "", bug("llc-19", 19, "misaligned-call-site", "calll ext"));
        Signature known = new Signatures(CORPUS).of(List.of(h)).get(0);
        assertEquals(SignatureClass.KNOWN, known.signatureClass());
        CorpusCase kase = CORPUS.stream().filter(c -> c.stem().equals(known.knownCase())).findFirst().orElseThrow();
        assertEquals(true, kase.subject().stream().anyMatch(k -> k.id().equals("misaligned-call-site")), kase.stem());
        Signature unknown = new Signatures(List.of()).of(List.of(h)).get(0);
        assertEquals(SignatureClass.NEW, unknown.signatureClass(), "without the corpus nothing explains it");
        assertNull(unknown.knownCase());
    }

    @Test
    void crashesAndDisagreementsAreTheirOwnClasses() {
        Observation crash = new Observation("llc-22", 22, Outcome.CRASH,
                "LLVM ERROR: SSE register return with SSE disabled (in handlers/explore_000007.ll)", List.of(), null, null,
                List.of(), List.of(), 0);
        Observation disagree = new Observation("llc-19", 19, Outcome.OK, null, List.of(), Outcome.BUG, null,
                List.of(new Observation.Seen("gpr-clobbered", "iretl")), List.of("gpr-clobbered: found under QEMU, not statically"), 17);
        Observation harness = new Observation("llc-16", 16, Outcome.OK, null, List.of(), Outcome.UNDECIDED,
                "the oracle could not run this handler: LLVM refused to generate code", List.of(), List.of(), 0);
        List<Signature> s = new Signatures(CORPUS).of(List.of(handler("explore_000007", "x86_64-unknown-none", "-sse", crash, disagree,
                harness)));
        assertEquals(SignatureClass.CRASH, s.stream().filter(x -> x.side().equals("oracle") && x.kind().equals("crash")).findFirst()
                .orElseThrow().signatureClass(), "iretlab's harness failing on a handler is a result, classed CRASH");
        assertEquals(SignatureClass.CRASH, s.get(0).signatureClass(), s.toString());
        assertEquals("LLVM ERROR: SSE register return with SSE disabled (in FILE", s.get(0).at());
        assertEquals(SignatureClass.DISAGREE, s.stream().filter(x -> x.side().equals("both")).findFirst().orElseThrow().signatureClass());
        assertEquals(SignatureClass.NEW, s.stream().filter(x -> x.side().equals("oracle") && x.kind().equals("gpr-clobbered")).findFirst()
                .orElseThrow().signatureClass(),
                "the oracle's finding itself is classed like any other");
    }
}
