package org.iretlab.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.Required;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.backend.Backend;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.Cell;
import org.iretlab.cell.CellPipeline;
import org.iretlab.ir.IrSource;
import org.iretlab.oracle.Oracle;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix passes on real front-end output (src/test/resources/passes/frontend, made by its produce.sh):
 * Clang 14, 16 and 19 with -m32 -msse2 and with -m32's defaults (x87 only) on i386-pc-linux-gnu, and
 * rustc's x86-interrupt handlers with kernel settings, at -O0 and -O2. Each file has a handler that
 * calls an ordinary function, one with float arithmetic, and one with an error code that skips the
 * faulting instruction through a volatile frame write. Under the execution oracle each file shows a
 * kind the passes claim without them, and nothing at all after them, on the embedded LLVM and on the
 * LLVM version of the Clang that wrote it (LLVM 14 has no Bytedeco build: its Clang's output is run
 * on LLVM 15, the oldest that reads it whose passes run in its own LLVM).
 */
class FrontEndHandlersTest {
    private static final Path DIR = Path.of("src/test/resources/passes/frontend");
    private static final Set<String> HANDLERS = Set.of("sse_call", "float_local", "skip_fault");

    @TestFactory
    Stream<DynamicTest> theOracleFindsNothingAfterThePasses() throws IOException {
        Required.qemu();
        List<DynamicTest> tests = new ArrayList<>();
        Oracle oracle = new Oracle(Duration.ofSeconds(60));
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ll") || f.toString().endsWith(".bc")).sorted().toList()) {
                for (String backend : backendsFor(file.getFileName().toString())) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " [" + backend + "]", () -> check(file, backend, oracle)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path file, String backend, Oracle oracle) {
        try (CellPipeline pipeline = new CellPipeline(open(backend), CheckOptions.defaults(), oracle)) {
            CompileOptions options = CompileOptions.of(Target.of(null), EnumSet.of(CompileOptions.Emit.OBJ, CompileOptions.Emit.ASM));
            Cell before = pipeline.run(IrSource.read(file), options);
            Set<String> claimed = before.oracle().kinds().stream().map(FindingKind::id).filter(Passes.CLAIMED::contains)
                    .collect(Collectors.toSet());
            assertFalse(claimed.isEmpty(), "the input needs no fix under the oracle: " + before.oracle().kinds());

            Cell after = pipeline.run(IrSource.read(file), options.withPasses(Passes.NAMES));
            String log = String.join("\n", after.passLog());
            assertEquals(Outcome.OK, after.oracle().outcome(), () -> after.oracle().message() + "\n" + log + "\n"
                    + after.oracle().findings().stream().map(f -> f.describe()).collect(Collectors.joining("\n")));
            // Outlining is what fixes the xmm saves of SSE code on a 16-byte-stack triple, and only there.
            boolean sse = file.getFileName().toString().contains("sse2");
            for (String handler : HANDLERS) {
                assertEquals(sse, log.contains("@" + handler + ": outlined into @" + handler + ".body"), log);
            }
            List<String> notes = after.oracle().results().stream().flatMap(r -> r.verdict().notes().stream()).toList();
            assertTrue(notes.stream().anyMatch(n -> n.contains("advanced the saved instruction pointer by 6")),
                    "the frame write of skip_fault took effect:\n" + String.join("\n", notes));
        }
    }

    /** The embedded LLVM for every file, and the LLVM of the Clang that wrote it. */
    private static List<String> backendsFor(String file) {
        List<String> out = new ArrayList<>(List.of("embedded"));
        if (file.startsWith("clang14")) {
            out.add("worker-15");
        } else if (file.startsWith("clang16")) {
            out.add("worker-16");
        } else if (file.startsWith("clang19")) {
            out.add("worker-19");
        }
        return out;
    }

    private static Backend open(String name) {
        if (name.equals("embedded")) {
            return new InProcessBackend();
        }
        Required.backend(name);
        return Toolchains.discover(null, false, Duration.ofSeconds(120)).open(name, true);
    }
}
