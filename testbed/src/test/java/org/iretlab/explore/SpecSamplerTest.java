package org.iretlab.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.iretlab.analysis.TargetFacts;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.HandlerAttribute;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;
import org.junit.jupiter.api.Test;

class SpecSamplerTest {
    @Test
    void noRealignStackNeverComesWithALocalAlignedAboveTheStack() {
        int withAttribute = 0;
        int overAlignedWithout = 0;
        SplittableRandom r = new SplittableRandom(19);
        for (int i = 0; i < 4000; i++) {
            Target target = SpecSampler.target(r);
            HandlerSpec spec = SpecSampler.spec(r, "h" + i, target);
            int stackAlign = TargetFacts.defaultCalleeStackAlign(target.triple());
            boolean overAligned = spec.body().stream().anyMatch(f -> f instanceof BodyFeature.VectorLocal v && v.align() > stackAlign);
            if (spec.attributes().containsKey(HandlerAttribute.NO_REALIGN_STACK)) {
                withAttribute++;
                assertTrue(!overAligned, "LLVM clamps such a local and still uses aligned moves: " + spec);
            } else if (overAligned) {
                overAlignedWithout++;
            }
        }
        assertTrue(withAttribute > 100, "the sampler draws no-realign-stack: " + withAttribute);
        // The control: without the attribute, over-aligned locals are still drawn (what the realignment cases are about).
        assertTrue(overAlignedWithout > 100, "over-aligned locals without the attribute: " + overAlignedWithout);
    }
}
