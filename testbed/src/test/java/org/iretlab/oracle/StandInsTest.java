package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.analysis.CalleeModel;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.ir.IrSource;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins change what the analyser assumes their callee changes: a -mgeneral-regs-only
 * kernel (clang-19, src/test/resources/callee/kernel.c) whose EOI routine is no_caller_saved_registers
 * runs clean; the same stand-ins made ABI callees by --callee-model SYMBOL=abi are caught, which
 * proves that a quiet stand-in is quiet because of its callee's facts.
 */
class StandInsTest {
    private static final CompileResult KERNEL = compile("kernel-gro-x86_64.ll", null);
    /** Our own minimal no_caller_saved_registers case: ack is declared so, and LLVM saves nothing around it. */
    private static final CompileResult NCSR = compile("ncsr-llc.ll", "x86_64-unknown-linux-gnu");

    private static CompileResult compile(String file, String triple) {
        return new EmbeddedCompiler("embedded-test").compile(IrSource.read(Path.of("src/test/resources/callee", file)),
                CompileOptions.forTriple(triple).withEmit(CompileOptions.Emit.OBJ));
    }

    private static Set<FindingKind> oracleKinds(CompileResult code, String handler, CheckOptions options) {
        StaticCheck.Handler h = code.handlers().stream().filter(p -> p.name().equals(handler)).map(StaticCheck.Handler::of)
                .findFirst().orElseThrow();
        List<Oracle.Result> results = new Oracle(Duration.ofSeconds(60)).run(code.object(), code.triple(), "", List.of(h), options);
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        results.forEach(r -> r.verdict().findings().stream().map(Finding::kind).forEach(kinds::add));
        return kinds;
    }

    private static CheckOptions model(String symbol, CalleeModel m) {
        return new CheckOptions(null, null, Set.of(), Map.of(symbol, m), Set.of());
    }

    @Test
    void aNoCallerSavedRegistersStandInChangesNothing() {
        assertEquals(Set.of(), oracleKinds(NCSR, "by_definition", CheckOptions.defaults()));
        assertTrue(oracleKinds(NCSR, "by_definition", model("ack", CalleeModel.ABI)).contains(FindingKind.GPR_CLOBBERED),
                "LLVM saves no GPR around a no_caller_saved_registers call, so an ABI ack is seen");
    }

    @Test
    void aGeneralRegsOnlyStandInLeavesTheFpStateAlone() {
        assertEquals(Set.of(), oracleKinds(KERNEL, "timer", CheckOptions.defaults()));
        assertEquals(Set.of(), oracleKinds(KERNEL, "keyboard", CheckOptions.defaults()));
        assertTrue(oracleKinds(KERNEL, "keyboard", model("log_irq", CalleeModel.ABI)).contains(FindingKind.X87_STATE_CLOBBERED),
                "an ABI log_irq uses x87, which a general-regs-only handler does not save");
    }

    /**
     * On a Windows target probe-stack=inline-asm is a call to a function named "inline-asm"; its
     * stand-in's name must be quoted for the assembler (explore's first real run died on it). The
     * control: the unquoted name is what the assembler refused.
     */
    @Test
    void aCalleeWhoseNameIsNoIdentifierGetsAStandInToo() {
        assertEquals("inline-asm".equals(StandIns.symbol("inline-asm")), false);
        assertEquals("\"inline-asm\"", StandIns.symbol("inline-asm"));
        assertEquals("memcpy", StandIns.symbol("memcpy"));
        String ir = """
                target triple = "i686-pc-windows-msvc-elf"
                @sink = hidden global i8 0
                define x86_intrcc void @probed(ptr byval(i8) %frame) "probe-stack"="inline-asm" {
                  %big = alloca [8192 x i8]
                  store volatile i8 1, ptr %big
                  %v = load volatile i8, ptr %big
                  store volatile i8 %v, ptr @sink
                  ret void
                }
                """;
        CompileResult code = new EmbeddedCompiler("embedded-test").compile(IrSource.ofText("probed.ll", ir),
                CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.OBJ, CompileOptions.Emit.ASM));
        assertTrue(code.asm().contains("inline-asm"), "the probe is a call to the function named inline-asm: " + code.asm());
        oracleKinds(code, "probed", CheckOptions.defaults());
    }
}
