package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.List;
import org.iretlab.verdict.FindingKind;

/**
 * Compares two FXSAVE images (the 32-bit layout's first 288 bytes: x87 environment, ST0-7, MXCSR,
 * XMM0-7). The x87 registers hold the interrupted code's x87 stack or its MMX values, depending on
 * the scenario, so their changes are x87 or MMX findings accordingly. Exception flags are compared
 * as values, not as predictions: QEMU does not model x87 stack overflow, so nothing here expects it.
 */
final class FxImage {
    private FxImage() {}

    static List<ScenarioJudge.Observation> compare(Scenario s, byte[] before, byte[] after) {
        List<ScenarioJudge.Observation> out = new ArrayList<>();
        boolean mmx = s.fpMode() == Scenario.FpMode.MMX;
        FindingKind registers = mmx ? FindingKind.MMX_STATE_CLOBBERED : FindingKind.X87_STATE_CLOBBERED;
        field(out, FindingKind.X87_STATE_CLOBBERED, "FCW", before, after, 0, 2);
        field(out, FindingKind.X87_STATE_CLOBBERED, "FSW", before, after, 2, 2);
        field(out, registers, "the x87 tag word", before, after, 4, 1);
        for (int i = 0; i < 8; i++) {
            field(out, registers, mmx ? "%mm" + i : "ST register " + i + " (physical)", before, after, 32 + 16 * i, mmx ? 8 : 10);
        }
        field(out, FindingKind.MXCSR_CLOBBERED, "MXCSR", before, after, 24, 4);
        for (int i = 0; i < 8; i++) {
            field(out, FindingKind.VECTOR_CLOBBERED, "%xmm" + i, before, after, 160 + 16 * i, 16);
        }
        return out;
    }

    private static void field(List<ScenarioJudge.Observation> out, FindingKind kind, String name, byte[] before, byte[] after,
            int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (before[offset + i] != after[offset + i]) {
                out.add(new ScenarioJudge.Observation(kind, null, name + " was " + hex(before, offset, length) + ", is "
                        + hex(after, offset, length) + " after iret"));
                return;
            }
        }
    }

    /** Little-endian bytes as one number, most significant first. */
    private static String hex(byte[] b, int offset, int length) {
        StringBuilder s = new StringBuilder("0x");
        for (int i = length - 1; i >= 0; i--) {
            s.append(String.format("%02x", b[offset + i]));
        }
        return s.toString();
    }
}
