package org.iretlab.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetTest {
    /** Every spelling the corpus's headers use reads back as itself: golden files are named after it. */
    @ParameterizedTest
    @ValueSource(strings = {"x86_64-unknown-linux-gnu", "i686-unknown-linux-gnu mattr=+avx512f", "x86_64-unknown-linux-gnu cpu=skx",
            "x86_64-unknown-linux-gnu -O0 -code-model=kernel", "i686-unknown-unknown -O0", "x86_64-unknown-unknown mattr=-sse"})
    void aHeaderSpellingRoundTrips(String spec) {
        assertEquals(spec, Target.parse(spec).spec());
    }

    @Test
    void optionsComeInOneOrderWithDefaultsLeftOut() {
        Target t = Target.parse("x86_64-unknown-none   -O2 cpu=skx mattr=+avx");
        assertEquals("x86_64-unknown-none mattr=+avx cpu=skx", t.spec());
        assertEquals(new Target("x86_64-unknown-none", "skx", "+avx"), t);
        assertEquals("static", t.relocationModel(), "a kernel's relocation model unless asked otherwise");
        assertEquals("x86_64-unknown-none_mattr_pavx_cpu_skx", t.slug());
    }

    @Test
    void softFloatIsAFeature() {
        assertEquals("+soft-float", Target.of("i386-unknown-none").withSoftFloat().features());
        assertEquals("+sse2,+soft-float", new Target("i386-unknown-none", "", "+sse2").withSoftFloat().features());
    }

    @Test
    void aHandlersTargetKeepsTheOptionsCodegenSettings() {
        Target options = new Target(null, "", "+soft-float", 0, "kernel", "pic");
        Target spec = new Target("x86_64-unknown-none", "skx", "+avx");
        assertEquals(new Target("x86_64-unknown-none", "skx", "+avx", 0, "kernel", "pic"), options.withTripleCpuAndFeaturesOf(spec));
    }

    @Test
    void anUnknownOptionSaysWhatIsKnown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("i386-unknown-none -mattr=+avx"));
        assertEquals("unknown target option '-mattr=+avx': use mattr=F, cpu=C, -ON or -code-model=M", e.getMessage());
    }
}
