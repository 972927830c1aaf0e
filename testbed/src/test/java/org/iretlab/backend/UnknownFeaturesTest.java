package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iretlab.ir.IrSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features a front end of another LLVM named in a function's target-features: said with the compile
 * when asked for, said nowhere when turned off (harmless), and never as LLVM's own line on stderr.
 */
class UnknownFeaturesTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");

    private static String handler(String features) {
        return """
                target triple = "x86_64-unknown-linux-gnu"
                define x86_intrcc void @h(ptr byval(i8) %f) #0 {
                  ret void
                }
                attributes #0 = { "target-features"="FEATURES" }
                """.replace("FEATURES", features);
    }

    @Test
    void featuresThisLlvmRemovedAndTheHandlerTurnsOffAreHarmlessAndSaidNowhere() {
        // LLVM 19 removed 3dnow, 3dnowa, avx512er and avx512pf; clang 14-16 still turn them off.
        CompileResult r = COMPILER.compile(IrSource.ofText("old-clang.ll", handler("+cx8,+fxsr,-3dnow,-3dnowa,-avx512er,-avx512pf,-avx")),
                CompileOptions.forTriple(null));
        assertEquals(List.of(), r.warnings());
        assertTrue(r.asm().contains("iretq"));
    }

    @Test
    void aFeatureAskedForThatThisLlvmDoesNotKnowIsAWarningOfTheCompile() {
        CompileResult r = COMPILER.compile(IrSource.ofText("asks.ll", handler("+sse2,+no-such-feature,-3dnow")),
                CompileOptions.forTriple(null));
        assertEquals(1, r.warnings().size(), r.warnings()::toString);
        assertTrue(r.warnings().get(0).contains("+no-such-feature") && r.warnings().get(0).contains("embedded-test does not know"),
                r.warnings().get(0));
        assertTrue(!r.warnings().get(0).contains("3dnow"), "turning off is harmless: " + r.warnings());
    }

    @Test
    void knownFeaturesAreLeftAlone() {
        CompileResult r = COMPILER.compile(IrSource.ofText("known.ll", handler("+sse2,-avx")), CompileOptions.forTriple(null));
        assertEquals(List.of(), r.warnings());
    }

    /** The whole point: LLVM's own line does not reach the terminal from an in-process compile. */
    @Test
    void llvmsLineDoesNotReachStandardError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("old-clang.ll"), handler("+cx8,-3dnow,-avx512pf,+no-such-feature"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.iretlab.cli.Main", "compile", "--in-process", file.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(!err.contains("is not a recognized feature"), err);
        assertEquals(1, err.lines().filter(l -> l.contains("+no-such-feature")).count(), "said once, with the file: " + err);
        assertTrue(err.contains("old-clang.ll"), err);

        // The control: the same LLVM given the feature directly does print its line.
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TargetProbe.class.getName(), "x86_64-unknown-linux-gnu", "", "+no-such-feature")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String said = new String(probe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS));
        assertTrue(said.contains("'+no-such-feature' is not a recognized feature"), said);
    }
}
