package org.iretlab.backend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;
import org.junit.jupiter.api.Test;

/**
 * The optimiser may delete a plain store into the by-value frame (it is a copy by IR semantics),
 * which silently drops "skip the faulting instruction" logic; a volatile store must survive. This
 * is why frame-write-dropped findings blame the front end.
 */
class FrameWriteOptimisationTest {
    private static final EmbeddedCompiler COMPILER = new EmbeddedCompiler("embedded-test");

    private static CompileResult compileAtO2(boolean isVolatile, String pipeline) {
        HandlerSpec spec = HandlerSpec.of("h", Target.of("x86_64-unknown-none"), 1)
                .withBody(new BodyFeature.FrameIpWrite(isVolatile, 2));
        CompileOptions options = CompileOptions.forTriple("x86_64-unknown-none").withPipeline(pipeline)
                .withEmit(CompileOptions.Emit.ASM, CompileOptions.Emit.IR);
        return COMPILER.compile(spec, options);
    }

    @Test
    void defaultO2DropsAPlainFrameStore() {
        CompileResult r = compileAtO2(false, "default<O2>");
        assertFalse(r.ir().contains("store"), r.ir());
        assertFalse(r.asm().contains("$2"), r.asm());
    }

    @Test
    void defaultO2KeepsAVolatileFrameStore() {
        CompileResult r = compileAtO2(true, "default<O2>");
        assertTrue(r.ir().contains("store volatile i64"), r.ir());
        assertTrue(r.asm().contains("$2"), r.asm());
    }

    @Test
    void withoutAPipelineThePlainStoreIsStillThere() {
        CompileResult r = compileAtO2(false, null);
        assertTrue(r.ir().contains("store i64"), r.ir());
        assertTrue(r.asm().contains("addq\t$2, (%rsp)"), r.asm());
    }
}
