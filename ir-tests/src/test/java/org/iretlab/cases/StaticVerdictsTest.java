package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.ir.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The section-6 reproducers on the embedded LLVM: the analyser's findings agree, case by case and
 * target by target, with what the case header says current LLVM does. The corpus is ours and the
 * lint refuses whatever would abort LLVM, so it compiles in this process.
 */
class StaticVerdictsTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler(EmbeddedCompiler.embeddedName());

    @TestFactory
    Stream<DynamicTest> sectionSixOnTheEmbeddedLlvm() {
        return CorpusCase.all().stream().flatMap(c -> c.targets().stream().map(t ->
                DynamicTest.dynamicTest(c.name() + " [" + t.spec() + "]", () -> check(c, t))));
    }

    private static void check(CorpusCase c, CorpusCase.Target t) {
        CompileResult r;
        try {
            r = COMPILER.compile(IrSource.ofText(c.file().toString(), c.text()), t.options());
        } catch (InputException e) {
            assertEquals("REJECTED", t.expected(), () -> "refused: " + e.getMessage());
            return;
        }
        assertFalse(t.expected().equals("REJECTED"), "expected LLVM or the lint to refuse it, but it compiled");
        List<StaticCheck.Handler> handlers = r.handlers().stream()
                .map(h -> new StaticCheck.Handler(h.name(), h.hasErrorCode(), h.asmClobbers())).toList();
        assertFalse(handlers.isEmpty(), "no x86_intrcc function in the module");
        List<FunctionVerdict> verdicts = StaticCheck.judge(ObjectDecoder.decode(r.object(), r.triple()), t.features(),
                handlers, CheckOptions.defaults(), r.droppedFrameStores());
        Set<FindingKind> found = new TreeSet<>();
        verdicts.forEach(v -> found.addAll(v.kinds()));
        Set<FindingKind> expected = new TreeSet<>();
        if (!t.expected().equals("none")) {
            for (String k : t.expected().split("\\s+")) {
                expected.add(FindingKind.byId(k));
            }
        }
        String evidence = verdicts.stream().flatMap(v -> v.findings().stream()).map(f -> "  " + f.describe())
                .collect(Collectors.joining("\n"));
        assertEquals(expected, found, () -> "findings:\n" + evidence);
    }

    @Test
    void caseOneContrastHasNoCallSiteFindingOnATripleWithA4ByteStack() {
        CorpusCase one = CorpusCase.all().stream().filter(c -> c.id().equals("01")).findFirst().orElseThrow();
        assertTrue(one.targets().stream().anyMatch(t -> t.spec().equals("i686-unknown-unknown")
                && !t.expected().contains("misaligned-call-site")));
    }
}
