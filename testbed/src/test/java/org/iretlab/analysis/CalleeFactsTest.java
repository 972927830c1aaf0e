package org.iretlab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iretlab.backend.Assembler;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.CalleeAttributes;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.junit.jupiter.api.Test;

/**
 * What a call may change comes from the facts of its callee: each source (a call-site attribute, a
 * declaration attribute, target-features, soft-float, the callee's own code, noreturn from the IR,
 * from the object or from the user, a per-symbol model) makes a handler quiet that is BUG without
 * it, on code LLVM really generates. Inputs in src/test/resources/callee come from clang-19, gcc-12
 * and rustc (generate.sh); the IR written here is compiled by the embedded LLVM.
 */
class CalleeFactsTest {
    private static final Path DIR = Path.of("src/test/resources/callee");
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");
    private static final Set<FindingKind> ABI_CALLEE = EnumSet.of(FindingKind.X87_STATE_CLOBBERED,
            FindingKind.MMX_STATE_CLOBBERED, FindingKind.MXCSR_CLOBBERED, FindingKind.VECTOR_CLOBBERED);

    private static CompileResult compile(IrSource source) {
        return COMPILER.compile(source, CompileOptions.forTriple(null).withEmit(CompileOptions.Emit.OBJ));
    }

    private static CompileResult compile(String ir) {
        return compile(IrSource.ofText("callee.ll", ir));
    }

    /** Every handler judged with what its IR says, and the options given. */
    private static List<FunctionVerdict> withIr(CompileResult r, CheckOptions options) {
        return StaticCheck.judge(ObjectDecoder.decode(r.object(), r.triple()), "",
                r.handlers().stream().map(StaticCheck.Handler::of).toList(), options, List.of());
    }

    /** The same code judged as an object alone: no IR, so no attributes. */
    private static List<FunctionVerdict> objectOnly(CompileResult r, CheckOptions options) {
        return StaticCheck.judge(ObjectDecoder.decode(r.object(), r.triple()), "",
                r.handlers().stream().map(h -> new StaticCheck.Handler(h.name(), h.hasErrorCode())).toList(), options, List.of());
    }

    private static Set<FindingKind> kinds(List<FunctionVerdict> verdicts) {
        Set<FindingKind> out = EnumSet.noneOf(FindingKind.class);
        verdicts.forEach(v -> out.addAll(v.kinds()));
        return out;
    }

    /**
     * A -mgeneral-regs-only handler (it can save no vector or x87 state) calling {@code @callee},
     * whose declaration and call site carry the given attributes.
     */
    private static CompileResult gprOnlyHandlerCalling(String declaration, String callSite) {
        return compile("""
                target triple = "x86_64-unknown-linux-gnu"
                declare void @callee() #1
                define x86_intrcc void @h(ptr byval(i8) %%f) #0 {
                  call void @callee() #2
                  ret void
                }
                attributes #0 = { noredzone "target-features"="-x87,-mmx,-sse" }
                attributes #1 = { %s }
                attributes #2 = { %s }
                """.formatted(declaration, callSite));
    }

    @Test
    void aNoCallerSavedRegistersDeclarationOrCallSiteLeavesNothingToSave() {
        CompileResult plain = gprOnlyHandlerCalling("nounwind", "nounwind");
        assertEquals(ABI_CALLEE, kinds(withIr(plain, CheckOptions.defaults())), "an ABI callee may change what the handler cannot save");
        CompileResult declared = gprOnlyHandlerCalling("\"no_caller_saved_registers\"", "nounwind");
        assertEquals(Set.of(), kinds(withIr(declared, CheckOptions.defaults())));
        CompileResult atCall = gprOnlyHandlerCalling("nounwind", "\"no_caller_saved_registers\"");
        assertEquals(Set.of(), kinds(withIr(atCall, CheckOptions.defaults())));
        // LLVM trusts the attribute and saves no caller-saved GPR: without the IR that is a clobber.
        assertTrue(kinds(objectOnly(atCall, CheckOptions.defaults())).contains(FindingKind.GPR_CLOBBERED));
        assertTrue(kinds(objectOnly(declared, CheckOptions.defaults())).contains(FindingKind.GPR_CLOBBERED));
    }

    @Test
    void targetFeaturesWithoutX87MmxAndSseLeaveOnlyGprs() {
        assertEquals(Set.of(), kinds(withIr(gprOnlyHandlerCalling("\"target-features\"=\"-x87,-mmx,-sse\"", "nounwind"),
                CheckOptions.defaults())));
        // -sse alone leaves the x87 registers to the callee.
        assertEquals(EnumSet.of(FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED),
                kinds(withIr(gprOnlyHandlerCalling("\"target-features\"=\"-sse\"", "nounwind"), CheckOptions.defaults())));
        assertEquals(ABI_CALLEE, kinds(withIr(gprOnlyHandlerCalling("\"target-features\"=\"+sse2,+x87\"", "nounwind"),
                CheckOptions.defaults())));
    }

    @Test
    void aSoftFloatCalleeTouchesNoFpState() {
        assertEquals(Set.of(), kinds(withIr(gprOnlyHandlerCalling("\"use-soft-float\"=\"true\"", "nounwind"), CheckOptions.defaults())));
        assertEquals(ABI_CALLEE, kinds(withIr(gprOnlyHandlerCalling("\"use-soft-float\"=\"false\"", "nounwind"),
                CheckOptions.defaults())));
    }

    @Test
    void rustcSoftFloatHandlersAreJudgedByTheirCalleesAttributes() {
        CompileResult r = compile(IrSource.read(DIR.resolve("rust-soft-float.bc")));
        List<FunctionVerdict> v = withIr(r, CheckOptions.defaults());
        FunctionVerdict timer = v.stream().filter(f -> f.function().equals("timer")).findFirst().orElseThrow();
        assertEquals(Set.of(), timer.kinds(), timer.findings()::toString);
        // The double-fault handler calls halt_forever with RSP 8 mod 16 (llvm#224029), and nothing after it runs.
        FunctionVerdict df = v.stream().filter(f -> f.function().equals("double_fault")).findFirst().orElseThrow();
        assertEquals(Set.of(FindingKind.MISALIGNED_CALL_SITE), df.kinds(), df.findings()::toString);
        assertTrue(kinds(objectOnly(r, CheckOptions.defaults())).containsAll(ABI_CALLEE), "without the IR, send_eoi is an ABI callee");
    }

    @Test
    void aGeneralRegsOnlyKernelIsOkAtEveryCall() {
        for (String file : List.of("kernel-gro-x86_64.ll", "kernel-gro-i686.ll")) {
            CompileResult r = compile(IrSource.read(DIR.resolve(file)));
            List<FunctionVerdict> v = withIr(r, CheckOptions.defaults());
            assertEquals(2, v.size());
            assertEquals(Set.of(), kinds(v), () -> file + ": " + v);
            assertTrue(kinds(objectOnly(r, CheckOptions.defaults())).contains(FindingKind.X87_STATE_CLOBBERED), file);
        }
    }

    @Test
    void noCallerSavedRegistersAsClangAndLlvmTestItIsOk() {
        assertEquals(Set.of(), kinds(withIr(compile(IrSource.read(DIR.resolve("ncsr-clang-x86_64.ll"))), CheckOptions.defaults())));
        for (String triple : List.of("x86_64-unknown-linux-gnu", "i686-unknown-linux-gnu")) {
            CompileResult r = COMPILER.compile(IrSource.read(DIR.resolve("ncsr-llc.ll")), CompileOptions.forTriple(triple)
                    .withTarget(CompileOptions.forTriple(triple).target().withFeatures("+sse2")).withEmit(CompileOptions.Emit.OBJ));
            List<FunctionVerdict> v = withIr(r, CheckOptions.defaults());
            assertEquals(Set.of(), kinds(v), () -> triple + ": " + v);
        }
    }

    @Test
    void anInModuleCalleeIsJudgedByItsCode() {
        assertEquals(Set.of(), kinds(withIr(compile(IrSource.read(DIR.resolve("sse-helper-quiet.ll"))),
                new CheckOptions(null, null, Set.of(TargetFacts.RegisterFile.X87, TargetFacts.RegisterFile.SSE)))));
        // Negative control: the helper, built for SSE with no attribute saying so, converts through xmm0.
        List<FunctionVerdict> v = withIr(compile(IrSource.read(DIR.resolve("sse-helper-xmm.ll"))),
                new CheckOptions(null, null, Set.of(TargetFacts.RegisterFile.X87, TargetFacts.RegisterFile.SSE)));
        assertEquals(EnumSet.of(FindingKind.VECTOR_CLOBBERED, FindingKind.MXCSR_CLOBBERED), kinds(v), v::toString);
        assertTrue(v.get(0).findings().stream().anyMatch(f -> f.reason().contains("count_tick")), v::toString);
    }

    private static final String RECURSIVE = """
            target triple = "x86_64-unknown-linux-gnu"
            @n = global i32 0
            @x = global x86_fp80 0xK00000000000000000000
            define void @walk(i32 %d) noinline #1 {
              %z = icmp eq i32 %d, 0
              br i1 %z, label %done, label %more
            more:
              store volatile i32 %d, ptr @n
              %e = sub i32 %d, 1
              call void @back(i32 %e)
              br label %done
            done:
              ret void
            }
            define void @back(i32 %d) noinline #1 {
              %odd = icmp eq i32 %d, 7
              br i1 %odd, label %fp, label %again
            fp:
              BODY
              ret void
            again:
              call void @walk(i32 %d)
              ret void
            }
            define x86_intrcc void @h(ptr byval(i8) %f) #0 {
              call void @walk(i32 3)
              ret void
            }
            attributes #0 = { noredzone "target-features"="-x87,-mmx,-sse" }
            attributes #1 = { noredzone "target-features"="FEATURES" }
            """;

    @Test
    void recursionInModuleIsJudgedByTheCodeOfEveryFunctionInTheCycle() {
        // walk and back call each other; neither touches FP state: what the cycle does is what its code does.
        String plain = RECURSIVE.replace("BODY", "store volatile i32 0, ptr @n").replace("FEATURES", "-x87,-mmx,-sse");
        List<FunctionVerdict> v = withIr(compile(plain), CheckOptions.defaults());
        assertEquals(EnumSet.noneOf(FindingKind.class), kinds(v), v::toString);
        // Negative control: x87 arithmetic on one path of back, reached only through the cycle, is found at h's call.
        String x87 = RECURSIVE.replace("BODY", "%v = load volatile x86_fp80, ptr @x\n  %w = fadd x86_fp80 %v, %v\n"
                + "  store volatile x86_fp80 %w, ptr @x").replace("FEATURES", "-mmx,-sse");
        List<FunctionVerdict> fp = withIr(compile(x87), CheckOptions.defaults());
        assertEquals(EnumSet.of(FindingKind.X87_STATE_CLOBBERED, FindingKind.MMX_STATE_CLOBBERED), kinds(fp), fp::toString);
    }

    private static final String CLEARS_ON_ONE_PATH = """
            target triple = "x86_64-unknown-linux-gnu"
            @n = global i32 0
            declare void @ext()
            define void @maybe(i32 %d) noinline #0 {
              %z = icmp eq i32 %d, 0
              br i1 %z, label %call, label %done
            call:
              OTHER
              br label %done
            done:
              ret void
            }
            define x86_intrcc void @h(ptr byval(i8) %f) #0 {
              %d = load volatile i32, ptr @n
              call void @maybe(i32 %d)
              call void @ext()
              ret void
            }
            attributes #0 = { noredzone "target-features"="-x87,-mmx,-sse" }
            """;

    @Test
    void aCalleeThatLeavesDfAsItWasOnSomePathsKeepsTheCallersCld() {
        // maybe clears DF (through ext, as the ABI returns) on one path and leaves it alone on the other: after it
        // DF is still clear from h's cld.
        String plain = CLEARS_ON_ONE_PATH.replace("OTHER", "call void @ext()");
        CheckOptions gprs = new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY, Set.of());
        assertEquals(Set.of(), kinds(withIr(compile(plain), gprs)));
        // Negative control: std on that path leaves DF set on the way to ext.
        String std = CLEARS_ON_ONE_PATH.replace("OTHER", "call void asm sideeffect \"std\", \"~{dirflag}\"()");
        assertEquals(Set.of(FindingKind.MISSING_CLD), kinds(withIr(compile(std), gprs)));
    }

    /** A handler whose callee die does return as far as LLVM knows: after it, DF is set and log is called. */
    private static CompileResult setsDfAfterDie() {
        return compile(IrSource.read(Path.of("src/test/resources/callee/dies.ll")));
    }

    @Test
    void noreturnFromTheIrOrTheUserEndsThePath() {
        CompileResult r = setsDfAfterDie();
        CheckOptions gprs = new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY, Set.of());
        assertEquals(Set.of(FindingKind.MISSING_CLD), kinds(objectOnly(r, gprs)));
        CheckOptions noReturn = new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY, Set.of(), Map.of(), Set.of("die"));
        assertEquals(Set.of(), kinds(objectOnly(r, noReturn)));
        // What a callee that never comes back may do to x87 state never reaches the interrupted code.
        CheckOptions abi = new CheckOptions(null, CalleeModel.ABI, Set.of(), Map.of(), Set.of());
        assertTrue(kinds(objectOnly(r, abi)).contains(FindingKind.X87_STATE_CLOBBERED), () -> kinds(objectOnly(r, abi)).toString());
        CheckOptions abiNoReturn = new CheckOptions(null, CalleeModel.ABI, Set.of(), Map.of(), Set.of("die"));
        assertEquals(Set.of(), kinds(objectOnly(r, abiNoReturn)));
        assertEquals(Set.of(FindingKind.MISSING_CLD), kinds(objectOnly(r, new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY,
                Set.of(), Map.of(), Set.of("log")))), "--noreturn of another symbol changes nothing");
        List<CalleeAttributes> irSaysNoReturn = List.of(new CalleeAttributes("die", false, null, false, true, false));
        List<FunctionVerdict> v = StaticCheck.judge(ObjectDecoder.decode(r.object(), r.triple()), "",
                List.of(new StaticCheck.Handler("h", false, List.of(), List.of(), irSaysNoReturn)), gprs, List.of());
        assertEquals(Set.of(), kinds(v), v::toString);
    }

    @Test
    void aCallWithNothingAfterItInTheFunctionDoesNotReturn() {
        CompileResult r = compile("""
                target triple = "x86_64-unknown-linux-gnu"
                declare void @panic() noreturn
                define x86_intrcc void @h(ptr byval(i8) %f) #0 {
                  call void @panic()
                  unreachable
                }
                attributes #0 = { noredzone "target-features"="-x87,-mmx,-sse" }
                """);
        assertEquals(Set.of(), kinds(objectOnly(r, new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY, Set.of()))));
        // Negative control (hand-written): a handler that ends in a nop after its call does run off its end.
        String triple = "x86_64-unknown-linux-gnu";
        byte[] hand = Assembler.assemble("runs-off.s", """
                        .text
                        .globl h
                        .type h, @function
                h:
                        cld
                        call log
                        nop
                        .size h, .-h
                """, triple);
        List<FunctionVerdict> off = StaticCheck.judge(ObjectDecoder.decode(hand, triple), "", List.of(new StaticCheck.Handler("h", false)),
                new CheckOptions(null, CalleeModel.NO_CALLER_SAVED_REGISTERS, Set.of()), List.of());
        assertTrue(off.get(0).findings().stream().anyMatch(f -> f.reason().contains("runs off the end")), off::toString);
    }

    @Test
    void aModelNamedForOneSymbolWinsForThatSymbolOnly() {
        CompileResult plain = gprOnlyHandlerCalling("nounwind", "nounwind");
        CheckOptions forCallee = new CheckOptions(null, null, Set.of(), Map.of("callee", CalleeModel.GENERAL_REGS_ONLY), Set.of());
        assertEquals(Set.of(), kinds(objectOnly(plain, forCallee)));
        CheckOptions forOther = new CheckOptions(null, null, Set.of(), Map.of("other", CalleeModel.GENERAL_REGS_ONLY), Set.of());
        assertEquals(ABI_CALLEE, kinds(objectOnly(plain, forOther)));
        // The user's word wins over the IR's: an ABI model for a no_caller_saved_registers callee.
        CheckOptions abi = new CheckOptions(null, null, Set.of(), Map.of("callee", CalleeModel.ABI), Set.of());
        assertTrue(kinds(withIr(gprOnlyHandlerCalling("\"no_caller_saved_registers\"", "nounwind"), abi)).containsAll(ABI_CALLEE));
    }

    @Test
    void aPicThunkNeitherReadsDfNorNeedsAnAlignedCall() throws Exception {
        String triple = "i686-unknown-linux-gnu";
        DecodedObject gcc = ObjectDecoder.decode(Assembler.assemble("pic-gcc-i386.s",
                Files.readString(DIR.resolve("pic-gcc-i386.s")), triple), triple);
        List<FunctionVerdict> v = StaticCheck.judge(gcc, "", List.of(new StaticCheck.Handler("timer", false),
                new StaticCheck.Handler("keyboard", false)), new CheckOptions(null, CalleeModel.GENERAL_REGS_ONLY, Set.of()), List.of());
        assertEquals(Set.of(), kinds(v), "GCC calls __x86.get_pc_thunk.bx before its cld, with ESP 4-aligned: " + v);
    }

    /**
     * Hand-written (an assembly stub as kernels write them, calling C helpers before any cld): a
     * helper that clears DF before its string store and one that uses no string instruction are
     * quiet; one that stores with rep stosb as it finds DF is missing-cld at the call.
     */
    @Test
    void missingCldAtACallOnlyWhenTheInModuleCalleeReadsDf() {
        String triple = "x86_64-unknown-linux-gnu";
        String stub = """
                        .text
                        .globl isr
                        .type isr, @function
                isr:
                        pushq %%rax
                        pushq %%rcx
                        pushq %%rdx
                        pushq %%rsi
                        pushq %%rdi
                        pushq %%r8
                        pushq %%r9
                        pushq %%r10
                        pushq %%r11
                        call %s
                        popq %%r11
                        popq %%r10
                        popq %%r9
                        popq %%r8
                        popq %%rdi
                        popq %%rsi
                        popq %%rdx
                        popq %%rcx
                        popq %%rax
                        iretq
                        .size isr, .-isr
                        .type counts, @function
                counts:
                        incq ticks(%%rip)
                        retq
                        .size counts, .-counts
                        .type clears, @function
                clears:
                        cld
                        leaq buf(%%rip), %%rdi
                        movl $16, %%ecx
                        xorl %%eax, %%eax
                        rep stosb
                        retq
                        .size clears, .-clears
                        .type trusts, @function
                trusts:
                        leaq buf(%%rip), %%rdi
                        movl $16, %%ecx
                        xorl %%eax, %%eax
                        rep stosb
                        retq
                        .size trusts, .-trusts
                        .bss
                ticks:  .quad 0
                buf:    .space 16
                """;
        for (String helper : List.of("counts", "clears")) {
            DecodedObject o = ObjectDecoder.decode(Assembler.assemble("stub.s", stub.formatted(helper), triple), triple);
            List<FunctionVerdict> v = StaticCheck.judge(o, "", List.of(new StaticCheck.Handler("isr", false)), CheckOptions.defaults(), List.of());
            assertEquals(Set.of(), kinds(v), helper + ": " + v);
        }
        DecodedObject o = ObjectDecoder.decode(Assembler.assemble("stub.s", stub.formatted("trusts"), triple), triple);
        List<FunctionVerdict> v = StaticCheck.judge(o, "", List.of(new StaticCheck.Handler("isr", false)), CheckOptions.defaults(), List.of());
        assertEquals(Set.of(FindingKind.MISSING_CLD), kinds(v), v::toString);
        assertTrue(v.get(0).findings().get(0).reason().contains("stosb at"), v::toString);
    }

    /** A record's own toString ("Unknown[writer=..."), never a reason: over every analyser case and every input here. */
    @Test
    void noFindingQuotesARecord() throws Exception {
        Pattern record = Pattern.compile("\\b[A-Z][A-Za-z]*\\[[a-z][A-Za-z]*=");
        for (AnalysisCase c : AnalysisCase.all()) {
            for (Finding f : c.analyse().findings()) {
                assertFalse(record.matcher(f.reason()).find(), c.name() + ": " + f.reason());
            }
        }
        for (CompileResult r : List.of(setsDfAfterDie(), gprOnlyHandlerCalling("nounwind", "nounwind"))) {
            for (FunctionVerdict v : objectOnly(r, CheckOptions.defaults())) {
                v.findings().forEach(f -> assertFalse(record.matcher(f.reason()).find(), f.reason()));
            }
        }
    }

    /**
     * A 32-bit Windows stack probe allocates the frame (ESP -= EAX; LLVM's prologue has no sub
     * esp): {@code _chkstk}, or what the IR's probe-stack names. The same call on i686-linux, where
     * LLVM subtracts after it, is an ordinary callee; so is a probe-stack name the IR does not give.
     * A handler that really leaves SP wrong after the probe is still sp-at-iret-wrong.
     */
    @Test
    void windowsStackProbesAllocateTheFrame() {
        String probe = "pushl %%eax\nmovl $8192, %%eax\ncalll %s\nmovb $1, (%%esp)\naddl $%d, %%esp\npopl %%eax\niretl";
        List<CalleeAttributes> irProbe = List.of(new CalleeAttributes("inline-asm", false, null, false, false, true));
        assertFalse(spWrong("i686-pc-windows-msvc-elf", probe.formatted("_chkstk", 8192), List.of()));
        assertFalse(spWrong("i686-w64-windows-gnu-elf", probe.formatted("_alloca", 8192), List.of()));
        assertFalse(spWrong("i686-pc-windows-msvc-elf", probe.formatted("\"inline-asm\"", 8192), irProbe));
        assertTrue(spWrong("i686-pc-windows-msvc-elf", probe.formatted("\"inline-asm\"", 8192), List.of()), "not named by the IR");
        assertTrue(spWrong("i686-unknown-linux-gnu", probe.formatted("_chkstk", 8192), irProbe), "off Windows a probe is ordinary");
        assertTrue(spWrong("i686-pc-windows-msvc-elf", probe.formatted("_chkstk", 4096), List.of()), "the handler frees too little");
    }

    /**
     * A probe LLVM subtracts after (x86_64, and i386 off Windows) keeps every register, the frame
     * size in AX included: SP is followed through {@code sub %rax, %rsp}, and the only clobber left
     * is the prologue's own {@code mov $SIZE, %eax}. The controls: an ordinary call (no probe-stack
     * naming it) may change every caller-saved register, and a handler that itself changes RCX
     * around the probe is still caught.
     */
    @Test
    void probesSubtractedAfterKeepEveryRegister() {
        String probe64 = "%smovl $8200, %%eax\ncallq %s\nsubq %%rax, %%rsp\nmovb $1, (%%rsp)\naddq $8200, %%rsp\n%siretq";
        List<CalleeAttributes> named = List.of(new CalleeAttributes("__probestack", false, null, false, false, true));
        String linux = "x86_64-unknown-linux-gnu";
        assertFalse(spWrong(linux, probe64.formatted("", "__probestack", ""), named), "SP followed through sub %rax, %rsp");
        assertEquals(Set.of("rax"), clobbered(linux, probe64.formatted("", "__probestack", ""), named));
        assertEquals(Set.of(), clobbered(linux, probe64.formatted("pushq %rax\n", "__probestack", "popq %rax\n"), named));
        assertEquals(Set.of("rax", "rcx"), clobbered(linux, probe64.formatted("movl $1, %ecx\n", "__probestack", ""), named),
                "the handler's own RCX write");
        assertTrue(clobbered(linux, probe64.formatted("", "__probestack", ""), List.of()).containsAll(Set.of("rcx", "rdx", "rsi")),
                "not named by the IR: an ordinary callee");
        String probe32 = "pushl %%eax\nmovl $8192, %%eax\ncalll __probestack\nsubl %%eax, %%esp\nmovb $1, (%%esp)\n"
                + "addl $%d, %%esp\npopl %%eax\niretl";
        assertEquals(Set.of(), clobbered("i686-unknown-linux-gnu", probe32.formatted(8192), named));
        assertTrue(spWrong("i686-unknown-linux-gnu", probe32.formatted(4096), named), "the handler frees too little");
    }

    /** MSVC's x64 __chkstk may change R10 and R11 (Microsoft's rule, not LLVM's, which marks neither); MinGW's ___chkstk_ms nothing. */
    @Test
    void win64ProbesChangeWhatTheirAbiAllows() {
        String probe = "movl $8200, %%eax\ncallq %s\nsubq %%rax, %%rsp\nmovb $1, (%%rsp)\naddq $8200, %%rsp\niretq";
        assertFalse(spWrong("x86_64-pc-windows-msvc-elf", probe.formatted("__chkstk"), List.of()));
        assertEquals(Set.of("rax", "r10", "r11"), clobbered("x86_64-pc-windows-msvc-elf", probe.formatted("__chkstk"), List.of()));
        assertEquals(Set.of("rax"), clobbered("x86_64-w64-windows-gnu-elf", probe.formatted("___chkstk_ms"), List.of()));
        assertTrue(clobbered("x86_64-unknown-linux-gnu", probe.formatted("__chkstk"), List.of()).contains("rcx"),
                "off Windows an ordinary callee");
    }

    /** The registers gpr-clobbered names for a handler {@code h} of these instructions. */
    private static Set<String> clobbered(String triple, String body, List<CalleeAttributes> ir) {
        FunctionVerdict v = judge(triple, body, ir);
        return v.findings().stream().filter(f -> f.kind() == FindingKind.GPR_CLOBBERED).map(f -> f.reason().split(" ")[0])
                .collect(Collectors.toSet());
    }

    /** MSVC's i64 helpers are stdcall (callee pops); LLVM calls __divdi3 on MinGW and Linux, which does not. */
    @Test
    void msvcI64HelpersPopTheirArguments() {
        String call = "pushl %%eax\npushl %%ecx\npushl %%edx\npushl $0\npushl $3\npushl $0\npushl $7\ncalll %s\n"
                + "%spopl %%edx\npopl %%ecx\npopl %%eax\niretl";
        assertFalse(spWrong("i686-pc-windows-msvc-elf", call.formatted("_alldiv", ""), List.of()));
        assertFalse(spWrong("i686-pc-windows-msvc-elf", call.formatted("_aullrem", ""), List.of()));
        assertTrue(spWrong("i686-unknown-linux-gnu", call.formatted("_alldiv", ""), List.of()), "off MSVC an ordinary callee");
        assertFalse(spWrong("i686-w64-windows-gnu-elf", call.formatted("__divdi3", "addl $16, %esp\n"), List.of()));
        assertTrue(spWrong("i686-pc-windows-msvc-elf", call.formatted("_alldiv", "addl $16, %esp\n"), List.of()),
                "popped twice");
    }

    /** A handler {@code h} of these instructions on {@code triple}, judged with the IR's callee facts given, leaves SP wrong at iret. */
    private static boolean spWrong(String triple, String body, List<CalleeAttributes> ir) {
        FunctionVerdict v = judge(triple, body, ir);
        assertFalse(v.kinds().contains(FindingKind.UNKNOWN_INSTRUCTION), v::toString);
        return v.kinds().contains(FindingKind.SP_AT_IRET_WRONG);
    }

    /** The verdict on a handler {@code h} of these instructions on {@code triple}, judged with the IR's callee facts given. */
    private static FunctionVerdict judge(String triple, String body, List<CalleeAttributes> ir) {
        String text = ".globl h\n.type h,@function\nh:\n" + body + "\n.size h, .-h\n";
        DecodedObject decoded = ObjectDecoder.decode(Assembler.assemble("probe.s", text, triple), triple);
        return StaticCheck.judge(decoded, "", List.of(new StaticCheck.Handler("h", false, List.of(), List.of(), ir)),
                CheckOptions.defaults(), List.of()).get(0);
    }
}
