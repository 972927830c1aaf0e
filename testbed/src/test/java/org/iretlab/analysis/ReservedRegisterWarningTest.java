package org.iretlab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileOutcome;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.CompileRequest;
import org.iretlab.backend.LlcBackend;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.FindingKind;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.verdict.FunctionVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LLVM's "inline asm clobber list contains reserved registers" warning becomes a
 * reserved-register-clobbered finding on the handler whose asm names that register. No x86 LLVM
 * here emits it (they save EBP/ESI around such asm), so the warning comes from an llc wrapper that
 * adds it to a real llc's output, as another LLVM build would print it.
 */
class ReservedRegisterWarningTest {
    private static final String IR = """
            target triple = "i686-unknown-linux-gnu"
            define x86_intrcc void @clobbers(ptr byval(i8) %f) {
              call void asm sideeffect "nop", "~{ebp},~{dirflag}"()
              ret void
            }
            define x86_intrcc void @plain(ptr byval(i8) %f) {
              call void asm sideeffect "nop", "~{eax},~{dirflag}"()
              ret void
            }
            """;

    private static Path llcPrinting(Path dir, String warning) throws Exception {
        Path real = org.iretlab.Required.executable(LlcBackend.debianLlc(14), "scripts/setup.sh");
        Path llc = dir.resolve("llc");
        Files.writeString(llc, "#!/bin/sh\n" + (warning.isEmpty() ? "" : "echo '" + warning + "' >&2\n") + "exec " + real + " \"$@\"\n");
        assertTrue(llc.toFile().setExecutable(true));
        return llc;
    }

    private static List<FunctionVerdict> judge(Path llc) {
        CompileOptions options = CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.OBJ);
        CompileOutcome o = new LlcBackend(llc, Duration.ofSeconds(60)).compile(new CompileRequest(IrSource.ofText("t.ll", IR), options));
        assertTrue(o.compiled(), o::message);
        CompileResult r = o.result();
        return StaticCheck.judge(ObjectDecoder.decode(r.object(), r.triple()), "", r.handlers().stream().map(StaticCheck.Handler::of).toList(),
                CheckOptions.defaults(), r.droppedFrameStores(), r.warnings());
    }

    private static Set<String> withKind(List<FunctionVerdict> verdicts) {
        return verdicts.stream().filter(v -> v.kinds().contains(FindingKind.RESERVED_REGISTER_CLOBBERED))
                .map(FunctionVerdict::function).collect(Collectors.toSet());
    }

    @Test
    void theWarningIsAFindingOnTheHandlerWhoseAsmNamesTheRegister(@TempDir Path dir) throws Exception {
        List<FunctionVerdict> v = judge(llcPrinting(dir,
                "warning: inline asm clobber list contains reserved registers: EBP"));
        assertEquals(Set.of("clobbers"), withKind(v));
    }

    @Test
    void withoutTheWarningThereIsNoSuchFinding(@TempDir Path dir) throws Exception {
        assertEquals(Set.of(), withKind(judge(llcPrinting(dir, ""))));
    }
}
