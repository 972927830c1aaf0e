package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The quick set is a part of the standard one that still sees every misalignment, FP mode and FP environment. */
class QuickScenariosTest {
    @Test
    void everyMisalignmentFpModeAndEnvironmentOnce() {
        for (boolean is64 : new boolean[] {false, true}) {
            List<Scenario> quick = Scenario.quick(is64);
            List<Scenario> standard = Scenario.standard(is64);
            assertTrue(standard.containsAll(quick), "the quick set is scenarios of the standard set");
            List<Scenario> entries = quick.stream().filter(s -> !s.stepped()).toList();
            assertEquals(Set.of(0, 4, 8, 12), entries.stream().map(s -> Math.floorMod(-s.misalign(), 16)).collect(Collectors.toSet()),
                    "each SP mod 16");
            for (int pushed = 0; pushed < 64; pushed += 4) {
                int d = pushed;
                // After the CPU's frame and what the handler pushes, and $-16: the half of a 32-byte line it lands on.
                Set<Integer> halves = entries.stream().map(s -> Math.floorMod(-s.misalign() - d, 32) / 16).collect(Collectors.toSet());
                assertEquals(Set.of(0, 1), halves, "both halves of a 32-byte line with " + pushed + " bytes pushed");
            }
            assertEquals(4, entries.size(), "each misalignment once: " + quick);
            assertEquals(Set.of(Scenario.FpMode.X87, Scenario.FpMode.MMX), entries.stream().map(Scenario::fpMode).collect(Collectors.toSet()));
            assertEquals(Set.of(Scenario.DEFAULT_FCW, Scenario.OTHER_FCW), entries.stream().map(Scenario::fcw).collect(Collectors.toSet()));
            assertEquals(is64, quick.stream().anyMatch(Scenario::stepped), "writes below RSP are looked for on 64-bit");
            assertTrue(quick.size() * 3 < standard.size() + 3, quick.size() + " of " + standard.size());
        }
    }
}
