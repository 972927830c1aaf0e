package org.iretlab.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every body feature and attribute of the builder: the module verifies (the builder verifies, and
 * would throw), the IR carries the construct, and the assembly shows its effect.
 */
class HandlerIrBuilderTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");

    /** A spec, what its IR must contain, and what its assembly must match (a regex, multi-line). */
    record Case(String name, HandlerSpec spec, String irContains, String asmMatches, String asmLacks) {}

    private static HandlerSpec spec(String triple, String features, int params, String... body) {
        return HandlerSpec.of("h", new Target(triple, "", features), params)
                .withBody(Stream.of(body).map(HandlerSpec::feature).toArray(BodyFeature[]::new));
    }

    static List<Case> featureCases() {
        return List.of(
            new Case("call", spec("i686-unknown-linux-gnu", "", 1, "call=ext"),
                    "call void @ext()", "\\bcalll\\s+ext\\b", null),
            new Case("vector 128 align 16", spec("x86_64-unknown-none", "", 1, "vector=128:16"),
                    "alloca <4 x i32>, align 16", "movaps\\s+%xmm0, -?\\d*\\(%rsp\\)", null),
            new Case("vector 256 align 32", spec("x86_64-unknown-none", "+avx", 1, "vector=256:32"),
                    "alloca <8 x i32>, align 32", "andq\\s+\\$-32, %rsp[\\s\\S]*vmovaps\\s+%ymm0", null),
            new Case("vector 512 align 64", spec("x86_64-unknown-none", "+avx512f", 1, "vector=512:64"),
                    "alloca <16 x i32>, align 64", "andq\\s+\\$-64, %rsp[\\s\\S]*%zmm0", null),
            new Case("byte array local", spec("x86_64-unknown-none", "", 1, "local=8192", "call"),
                    "alloca [8192 x i8]", "subq\\s+\\$\\d{4,}, %rsp", null),
            new Case("x87 arithmetic", spec("x86_64-unknown-none", "", 1, "x87"),
                    "x86_fp80", "fldt\\s+x87_value[\\s\\S]*fstpt\\s+x87_value", null),
            new Case("float arithmetic with SSE", spec("i686-unknown-linux-gnu", "+sse2", 1, "float"),
                    "fmul float", "mulss", "\\bfmul"),
            new Case("float arithmetic on x87 without SSE", spec("i386-unknown-none", "-sse", 1, "float"),
                    "fmul float", "flds\\s+float_value[\\s\\S]*fmul", "mulss"),
            new Case("i64 division becomes libcalls on 32-bit", spec("i686-unknown-linux-gnu", "", 1, "i64-div"),
                    "sdiv i64", "calll\\s+__divdi3[\\s\\S]*calll\\s+__umoddi3", null),
            new Case("i64 division by a denominator that is not zero when run", spec("x86_64-unknown-linux-gnu", "", 1, "i64-div"),
                    "@i64_denominator = hidden global i64 7", "idivq", null),
            new Case("i64 to double and back on x87", spec("i686-unknown-linux-gnu", "-sse", 1, "i64-fp"),
                    "sitofp i64", "fildll[\\s\\S]*fistpll", null),
            new Case("mmx in inline asm", spec("i386-unknown-none", "", 1, "mmx"),
                    "~{mm0},~{mm1}", "#APP\\s+pxor\\s+%mm0, %mm0[\\s\\S]*#NO_APP", null),
            new Case("inline asm clobbers", spec("i386-unknown-none", "+sse2", 1, "clobber=ebx+xmm0"),
                    "~{ebx},~{xmm0}", "pushl\\s+%ebx[\\s\\S]*mov[au]ps\\s+%xmm0", null),
            new Case("an x87 clobber's asm pushes and pops the x87 stack", spec("i686-unknown-linux-gnu", "", 1, "clobber=st"),
                    "~{st}", "#APP\\s+fld1\\s+fstp\\s+%st\\(0\\)[\\s\\S]*#NO_APP", null),
            new Case("an MMX clobber's asm writes the register, no emms", spec("x86_64-unknown-none", "", 1, "clobber=mm0"),
                    "~{mm0}", "#APP\\s+pcmpeqd\\s+%mm0, %mm0\\s+#NO_APP", "emms"),
            new Case("float starts at 0.1, so its arithmetic rounds", spec("x86_64-unknown-none", "", 1, "float"),
                    "@float_value = hidden global float 0x3FB99999A0000000", "mulss", null),
            new Case("x87 starts at 0.1 in x86_fp80 precision", spec("x86_64-unknown-none", "", 1, "x87"),
                    "@x87_value = hidden global x86_fp80 0xK3FFBCCCCCCCCCCCCCCCD", "fmul", null),
            new Case("conversions of values a double and an i64 cannot hold", spec("x86_64-unknown-none", "", 1, "i64-fp"),
                    "@i64_value = hidden global i64 9007199254740993", "cvtsi2sd[\\s\\S]*cvttsd2si", null),
            new Case("plain frame ip write", spec("x86_64-unknown-none", "", 1, "frame-ip-write"),
                    "store i64 %ip.next", "addq\\s+\\$2, \\(%rsp\\)", null),
            new Case("volatile frame ip write", spec("x86_64-unknown-none", "", 1, "frame-ip-write-volatile"),
                    "store volatile i64 %ip.next", "\\$2", null),
            new Case("register pressure spills", spec("i386-unknown-none", "", 1, "pressure=12"),
                    "[12 x i32]", "movl\\s+%e\\w\\w, \\d*\\(%esp\\)", null),
            new Case("error code read", spec("x86_64-unknown-none", "", 2, "error-code"),
                    "store volatile i64 %error_code", "movq\\s+16\\(%rsp\\), %rax[\\s\\S]*addq\\s+\\$16, %rsp\\s+iretq", null));
    }

    static List<Case> attributeCases() {
        HandlerSpec x64call = spec("x86_64-unknown-none", "", 1, "call");
        HandlerSpec i686call = spec("i686-unknown-linux-gnu", "", 1, "call");
        HandlerSpec x64local = spec("x86_64-unknown-none", "", 1, "vector=128:16");
        return List.of(
            new Case("no attribute: x86-64 handler not realigned", x64call, "define x86_intrcc void @h", "call", "andq"),
            new Case("stackrealign", x64call.withAttribute(HandlerAttribute.STACKREALIGN, ""),
                    "\"stackrealign\"", "andq\\s+\\$-16, %rsp", null),
            new Case("alignstack", x64call.withAttribute(HandlerAttribute.ALIGNSTACK, "32"),
                    "alignstack=32", "andq\\s+\\$-32, %rsp", null),
            new Case("no-realign-stack", i686call.withAttribute(HandlerAttribute.NO_REALIGN_STACK, ""),
                    "\"no-realign-stack\"", "calll", "andl"),
            new Case("noredzone", x64local.withAttribute(HandlerAttribute.NOREDZONE, ""),
                    "noredzone", "subq\\s+\\$\\d+, %rsp", "-\\d+\\(%rsp\\)"),
            new Case("no noredzone: a leaf handler uses the red zone", x64local, "define x86_intrcc", "-\\d+\\(%rsp\\)", null),
            new Case("frame-pointer=all", spec("x86_64-unknown-none", "", 1).withAttribute(HandlerAttribute.FRAME_POINTER, "all"),
                    "\"frame-pointer\"=\"all\"", "pushq\\s+%rbp\\s+movq\\s+%rsp, %rbp", null),
            new Case("probe-stack=inline-asm", spec("x86_64-unknown-none", "", 1, "local=8192", "call")
                    .withAttribute(HandlerAttribute.PROBE_STACK, "inline-asm"),
                    "\"probe-stack\"=\"inline-asm\"", "subq\\s+\\$4096, %rsp\\s+movq\\s+\\$0, \\(%rsp\\)", null),
            new Case("disable-tail-calls", x64call.withAttribute(HandlerAttribute.DISABLE_TAIL_CALLS, ""),
                    "\"disable-tail-calls\"=\"true\"", "callq?\\s+ext", "jmp\\s+ext"));
    }

    @TestFactory
    Stream<DynamicTest> bodyFeatures() {
        return featureCases().stream().map(c -> DynamicTest.dynamicTest(c.name + " [" + c.spec.target() + "]", () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> attributes() {
        return attributeCases().stream().map(c -> DynamicTest.dynamicTest(c.name + " [" + c.spec.target() + "]", () -> check(c)));
    }

    @Test
    void everyBodyFeatureKindIsCovered() {
        Set<Class<?>> covered = featureCases().stream().flatMap(c -> c.spec.body().stream())
                .map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> all = Stream.of(BodyFeature.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(all, covered);
    }

    @Test
    void everyAttributeIsCovered() {
        Set<HandlerAttribute> covered = attributeCases().stream().flatMap(c -> c.spec.attributes().keySet().stream())
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(HandlerAttribute.class), covered);
    }

    @Test
    void externalSymbolsAreDirectNotThroughGotOrPlt() {
        CompileResult r = compile(spec("x86_64-unknown-none", "", 1, "call", "x87"));
        assertTrue(r.ir().contains("declare hidden void @ext()"), r.ir());
        assertTrue(!r.asm().contains("@GOTPCREL") && !r.asm().contains("@PLT"), r.asm());
    }

    @Test
    void onlyX87AndMmxClobbersGetAsmText() {
        // LLVM saves the general and vector registers an asm declares: their text would show nothing either side.
        assertEquals("", HandlerIrBuilder.clobberText("ebx"));
        assertEquals("", HandlerIrBuilder.clobberText("xmm0"));
        assertEquals("", HandlerIrBuilder.clobberText("mmx"), "not an MMX register's name");
        assertEquals("pcmpeqd %mm7, %mm7", HandlerIrBuilder.clobberText("mm7"));
        assertEquals("fld1\n\tfstp %st(0)", HandlerIrBuilder.clobberText("st(1)"));
    }

    @Test
    void frameWriteNeedsAFrame() {
        InputException e = assertThrows(InputException.class,
                () -> compile(spec("x86_64-unknown-none", "", 0, "frame-ip-write")));
        assertTrue(e.getMessage().contains("frame-ip-write needs the frame parameter"), e.getMessage());
    }

    @Test
    void tokensRoundTrip() {
        for (Case c : featureCases()) {
            for (BodyFeature f : c.spec.body()) {
                assertEquals(f, HandlerSpec.feature(f.token()));
            }
        }
    }

    @Test
    void unknownFeatureIsRefusedWithTheList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HandlerSpec.feature("sse9"));
        assertTrue(e.getMessage().contains("unknown body feature 'sse9'") && e.getMessage().contains("vector=BITS:ALIGN"));
    }

    /** Patterns are matched against normalised assembly: instructions only, one per line. */
    private static void check(Case c) {
        CompileResult r = compile(c.spec);
        String asm = AsmNormaliser.standard().normaliseToText(r.asm());
        assertTrue(r.ir().contains(c.irContains), () -> "IR lacks '" + c.irContains + "':\n" + r.ir());
        assertTrue(Pattern.compile(c.asmMatches).matcher(asm).find(),
                () -> "assembly does not match /" + c.asmMatches + "/:\n" + asm);
        if (c.asmLacks != null) {
            assertTrue(!Pattern.compile(c.asmLacks).matcher(asm).find(),
                    () -> "assembly matches /" + c.asmLacks + "/ but must not:\n" + asm);
        }
        assertTrue(Pattern.compile("\\biret[lq]$", Pattern.MULTILINE).matcher(asm).find(), asm);
    }

    private static CompileResult compile(HandlerSpec spec) {
        return COMPILER.compile(spec, CompileOptions.forTriple(spec.target().triple())
                .withEmit(CompileOptions.Emit.ASM, CompileOptions.Emit.IR));
    }
}
