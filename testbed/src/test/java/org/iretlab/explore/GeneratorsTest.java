package org.iretlab.explore;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintModuleToString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.Llvm;
import org.iretlab.target.Triples;
import org.junit.jupiter.api.Test;

/** The generators are functions of the seed and the index, and what they make is IR LLVM reads. */
class GeneratorsTest {
    private static final List<CorpusCase> CORPUS = Corpus.load(Path.of("../ir-tests/cases"));

    private static List<String> texts(long seed, int count, List<CorpusCase> corpus) {
        Generators g = new Generators(seed, corpus);
        return IntStream.range(0, count).mapToObj(i -> g.generate(i).fileText()).toList();
    }

    @Test
    void theSameSeedGivesByteIdenticalHandlers() {
        assertEquals(texts(42, 60, CORPUS), texts(42, 60, CORPUS));
    }

    @Test
    void anotherSeedGivesOtherHandlers() {
        List<String> a = texts(42, 20, CORPUS);
        List<String> b = texts(43, 20, CORPUS);
        long same = IntStream.range(0, 20).filter(i -> a.get(i).equals(b.get(i))).count();
        assertTrue(same < 3, same + " of 20 handlers are the same for seeds 42 and 43");
    }

    @Test
    void aHandlerDependsOnItsIndexOnlyNotOnTheOnesBefore() {
        // What shards and resumed runs rely on: handler 17 alone is handler 17 of a whole run.
        String alone = new Generators(5, CORPUS).generate(17).fileText();
        assertEquals(texts(5, 18, CORPUS).get(17), alone);
    }

    @Test
    void handlersExpectedAheadAreTheSameAsHandlersMadeOneByOne() {
        assumeTrue(StressBodies.installed().isPresent(), "no llvm-stress of LLVM 16 or newer installed");
        List<String> oneByOne = texts(21, 40, CORPUS);
        Generators g = new Generators(21, CORPUS);
        g.expect(IntStream.range(0, 40).iterator());
        g.generate(0);
        assertTrue(g.bodiesAhead() > 0, "the next handlers' llvm-stress bodies are being made after handler 0");
        assertEquals(oneByOne, IntStream.range(0, 40).mapToObj(i -> g.generate(i).fileText()).toList());
        // A plan the caller does not follow (a shard's indices, then handlers outside it) changes nothing either.
        Generators off = new Generators(21, CORPUS);
        off.expect(IntStream.iterate(1, i -> i < 40, i -> i + 3).iterator());
        assertEquals(oneByOne, IntStream.range(0, 40).mapToObj(i -> off.generate(i).fileText()).toList());
        // The control: the comparison sees another seed's handlers.
        assertNotEquals(oneByOne, texts(22, 40, CORPUS));
    }

    @Test
    void withoutExpectedHandlersNothingIsMadeAhead() {
        assumeTrue(StressBodies.installed().isPresent(), "no llvm-stress of LLVM 16 or newer installed");
        Generators g = new Generators(21, CORPUS);
        g.generate(0);
        assertEquals(0, g.bodiesAhead());
    }

    @Test
    void everyHandlerReadsBackAndSaysHowToCompileIt() {
        Generators g = new Generators(9, CORPUS);
        for (int i = 0; i < 80; i++) {
            Generated h = g.generate(i);
            String text = h.fileText();
            assertTrue(text.startsWith("; iretlab explore: " + h.generator() + ": "), text);
            assertTrue(text.contains("; RUN: llc -mtriple=" + h.target().triple() + " -O" + h.target().optLevel()), text);
            assertTrue(text.contains("x86_intrcc"), text);
            LLVMDisposeModule(IrReader.read(IrSource.ofText(h.name(), text)));
        }
    }

    @Test
    void generatorOneCoversTheTargetShapes() {
        Generators g = new Generators(11, List.of());
        Set<String> triples = new TreeSet<>();
        Set<String> features = new TreeSet<>();
        Set<Integer> opts = new TreeSet<>();
        Set<String> generators = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            Generated h = g.generate(i);
            triples.add(h.target().triple());
            features.add(h.target().features());
            opts.add(h.target().optLevel());
            generators.add(h.generator());
        }
        assertTrue(generators.contains("spec") && !generators.contains("mutation"), "without a corpus no mutations: " + generators);
        assertEquals(new TreeSet<>(SpecSampler.TRIPLES_32.stream().collect(Collectors.toSet())),
                triples.stream().filter(t -> Triples.nativeWordBits(t) == 32).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(triples.containsAll(SpecSampler.TRIPLES_64), triples.toString());
        assertEquals(new TreeSet<>(SpecSampler.FEATURES), features);
        assertEquals(Set.of(0, 1, 2, 3), opts);
    }

    @Test
    void stressBodiesAreInlinedIntoAHandlerWithItsPointersBoundToGlobals() {
        assumeTrue(StressBodies.installed().isPresent(), "no llvm-stress of LLVM 16 or newer installed");
        Generators g = new Generators(17, List.of());
        int stress = 0;
        for (int i = 0; i < 40; i++) {
            Generated h = g.generate(i);
            if (!h.generator().equals("stress")) {
                continue;
            }
            stress++;
            assertTrue(h.origin().matches("llvm-\\d+/llvm-stress -seed \\d+ -size \\d+, inlined into a handler"), h.origin());
            assertTrue(h.ir().contains("define x86_intrcc void @" + h.name() + "(ptr byval(i8) %frame)"), h.ir());
            assertFalse(h.ir().contains("@autogen_SD"), "the body is inlined and its function dropped: " + h.ir());
            assertTrue(h.ir().contains("@stress_arg0"), h.ir());
            assertFalse(h.ir().matches("(?s).*ptr (poison|undef)\\b.*"), "no pointer left poison: " + h.ir());
            assertEquals(h.fileText(), new Generators(17, List.of()).generate(i).fileText());
        }
        assertTrue(stress >= 6, "a third of the handlers without a corpus mutation come from llvm-stress, got " + stress + " of 40");
    }

    @Test
    void mutationsNameTheirCaseAndKeepItsWordSize() {
        Generators g = new Generators(13, CORPUS);
        int mutations = 0;
        for (int i = 0; i < 60; i++) {
            Generated h = g.generate(i);
            if (!h.generator().equals("mutation")) {
                continue;
            }
            mutations++;
            CorpusCase kase = CORPUS.stream().filter(c -> c.stem().equals(h.originCase())).findFirst().orElseThrow();
            assertTrue(h.origin().startsWith("corpus case " + kase.stem() + " ["), h.origin());
            assertTrue(h.origin().contains(" with ") && h.origin().contains("+"), "names the attribute it added: " + h.origin());
            assertTrue(kase.targets().stream().anyMatch(t -> t.wordBits() == h.bits()), h.origin() + " on " + h.target());
            assertTrue(h.fileText().contains("target triple = \"" + h.target().triple() + "\""), h.fileText());
            assertNotEquals(kase.text(), h.ir());
        }
        assertTrue(mutations >= 10, "a third of the handlers are mutations, got " + mutations + " of 60");
    }

    /**
     * Poison and undef pointers become the scratch global wherever they are used, and a null one
     * that is loaded or stored through; a null pointer compared stays (that is defined).
     */
    @Test
    void poisonPointersAreBoundToAScratchGlobal() {
        String ir = """
                define void @f(i1 %c, ptr %p) {
                entry:
                  store i32 1, ptr poison, align 4
                  %l = load i8, ptr undef, align 1
                  store i8 2, ptr null, align 1
                  %n = load i8, ptr null, align 1
                  %s = select i1 %c, ptr poison, ptr %p
                  %e = icmp eq ptr %p, null
                  store ptr null, ptr %p, align 8
                  br label %next
                next:
                  %q = phi ptr [ poison, %entry ]
                  store i8 3, ptr %q, align 1
                  ret void
                }
                """;
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMModuleRef module = IrReader.read(IrSource.ofText("poison.ll", ir), context);
            assertEquals(6, StressBodies.boundPointers(module));
            String out = Llvm.takeMessage(LLVMPrintModuleToString(module));
            LLVMDisposeModule(module);
            assertTrue(out.contains("@stress_scratch = internal global [512 x i8] zeroinitializer, align 64"), out);
            assertFalse(out.matches("(?s).*ptr (poison|undef)\\b.*"), out);
            assertTrue(out.contains("store i32 1, ptr @stress_scratch") && out.contains("load i8, ptr @stress_scratch")
                    && out.contains("store i8 2, ptr @stress_scratch") && out.contains("phi ptr [ @stress_scratch, %entry ]"), out);
            assertTrue(out.contains("icmp eq ptr %p, null") && out.contains("store ptr null, ptr %p"), "defined uses of null stay: " + out);
        } finally {
            LLVMContextDispose(context);
        }
    }

    /** llvm-stress's allocas become wide enough for any store through them; nothing else in the body changes. */
    @Test
    void stressAllocasAreWidenedAndNothingElse() {
        String body = """
                BB:
                  %A4 = alloca double, align 8
                  %A = alloca float, align 4
                  store <2 x i64> zeroinitializer, ptr %A, align 16
                  %L = load i8, ptr %0, align 1
                  call void @not_an_alloca()
                """;
        String widened = StressBodies.widenAllocas(body);
        assertEquals(body.replace("alloca double, align 8", "alloca [256 x i8], align 64")
                .replace("alloca float, align 4", "alloca [256 x i8], align 64"), widened);
    }
}
