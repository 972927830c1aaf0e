package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;
import org.junit.jupiter.api.Test;

/** Each compile option reaches LLVM: the generated code changes the way llc's option would change it. */
class CompileOptionsTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");

    private static String asm(HandlerSpec spec, CompileOptions options) {
        return COMPILER.compile(spec, options).asm();
    }

    private static CompileOptions options(String codeModel, String relocationModel) {
        return CompileOptions.of(new Target(null, "", "", 2, codeModel, relocationModel), null);
    }

    @Test
    void softFloatTurnsFloatArithmeticIntoLibcalls() {
        HandlerSpec spec = HandlerSpec.of("h", Target.of("x86_64-unknown-none"), 1).withBody(new BodyFeature.FloatArithmetic());
        String hard = asm(spec, options(null, null));
        String soft = asm(HandlerSpec.of("h", Target.of("x86_64-unknown-none").withSoftFloat(), 1)
                .withBody(new BodyFeature.FloatArithmetic()), options(null, null));
        assertTrue(hard.contains("mulss"), hard);
        assertTrue(soft.contains("__mulsf3") && soft.contains("__addsf3") && !soft.contains("mulss"), soft);
    }

    @Test
    void theKernelCodeModelTurnsUiretIntoIretq() {
        // x86-64-intrcc-uintr.ll: with +uintr, user code returns with uiret, kernel code with iretq.
        HandlerSpec spec = HandlerSpec.of("h", new Target("x86_64-unknown-linux-gnu", "", "+uintr"), 2);
        assertTrue(asm(spec, options(null, null)).contains("\tuiret"));
        String kernel = asm(spec, options("kernel", null));
        assertTrue(kernel.contains("\tiretq") && !kernel.contains("uiret"), kernel);
    }

    @Test
    void thePicRelocationModelAddressesGlobalsThroughTheGot() {
        HandlerSpec spec = HandlerSpec.of("h", Target.of("i686-unknown-linux-gnu"), 1).withBody(new BodyFeature.X87Arithmetic());
        assertFalse(asm(spec, options(null, "static")).contains("_GLOBAL_OFFSET_TABLE_"));
        assertTrue(asm(spec, options(null, "pic")).contains("_GLOBAL_OFFSET_TABLE_"));
    }

    @Test
    void cpuReachesTheTargetMachine() {
        HandlerSpec spec = HandlerSpec.of("h", new Target("x86_64-unknown-none", "skylake", ""), 1)
                .withBody(new BodyFeature.CallExternal("ext"));
        assertTrue(asm(spec, options(null, null)).contains("vmovups\t%ymm15"), "skylake has AVX: ymm saved");
        HandlerSpec generic = HandlerSpec.of("h", Target.of("x86_64-unknown-none"), 1).withBody(new BodyFeature.CallExternal("ext"));
        assertFalse(asm(generic, options(null, null)).contains("%ymm"));
    }

    @Test
    void optLevelReachesTheTargetMachine() {
        HandlerSpec spec = HandlerSpec.of("h", Target.of("x86_64-unknown-none"), 1).withBody(new BodyFeature.FrameIpWrite(false, 2));
        String o0 = COMPILER.compile(spec, CompileOptions.of(new Target(null, "", "", 0, null, null), null)).asm();
        assertTrue(o0.contains("addq\t$2, %rcx"), "-O0 goes through a register:\n" + o0);
        assertTrue(asm(spec, options(null, null)).contains("addq\t$2, (%rsp)"), "-O2 adds to memory");
    }

    /** One context and target machine per thread: threads compiling at once get what one thread gets. */
    @Test
    void concurrentCompilesOnSeveralThreadsMatchOneThread() throws Exception {
        HandlerSpec spec = HandlerSpec.of("h", new Target("i686-unknown-linux-gnu", "", "+avx"), 2)
                .withBody(new BodyFeature.CallExternal("ext"), new BodyFeature.VectorLocal(256, 32));
        String expected = asm(spec, CompileOptions.forTriple(null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> asm(spec, CompileOptions.forTriple(null))));
            }
            for (Future<String> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
