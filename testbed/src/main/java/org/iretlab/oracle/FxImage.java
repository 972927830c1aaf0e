package org.iretlab.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.verdict.FindingKind;

/**
 * Compares two FXSAVE images (x87 environment, ST0-7, MXCSR, then XMM0-7 or XMM0-15: the first 288
 * or 416 bytes), and the upper halves of the ymm registers where the CPU has AVX. The x87 registers hold the interrupted code's x87 stack or its MMX values, depending on
 * the scenario, so their changes are x87 or MMX findings accordingly. Exception flags are compared
 * as values, not as predictions: QEMU does not model x87 stack overflow, so nothing here expects it.
 */
final class FxImage {
    private FxImage() {}

    /** @param ymmBefore the ymm registers' upper halves, 16 bytes each (null without AVX), as {@code ymmAfter} */
    static List<ScenarioJudge.Observation> compare(Scenario s, byte[] before, byte[] after, byte[] ymmBefore, byte[] ymmAfter,
            int xmmRegisters) {
        boolean mmx = s.fpMode() == Scenario.FpMode.MMX;
        FindingKind registers = mmx ? FindingKind.MMX_STATE_CLOBBERED : FindingKind.X87_STATE_CLOBBERED;
        Map<FindingKind, List<String>> changed = new LinkedHashMap<>();
        field(changed, FindingKind.X87_STATE_CLOBBERED, "FCW", before, after, 0, 2);
        field(changed, FindingKind.X87_STATE_CLOBBERED, "FSW", before, after, 2, 2);
        field(changed, registers, "tag word", before, after, 4, 1);
        for (int i = 0; i < 8; i++) {
            field(changed, registers, mmx ? "%mm" + i : "physical ST" + i, before, after, 32 + 16 * i, mmx ? 8 : 10);
        }
        field(changed, FindingKind.MXCSR_CLOBBERED, "MXCSR", before, after, 24, 4);
        for (int i = 0; i < xmmRegisters; i++) {
            field(changed, FindingKind.VECTOR_CLOBBERED, "%xmm" + i, before, after, 160 + 16 * i, 16);
        }
        if (ymmBefore != null && ymmAfter != null) {
            for (int i = 0; i < xmmRegisters; i++) {
                field(changed, FindingKind.VECTOR_CLOBBERED, "%ymm" + i + "[255:128]", ymmBefore, ymmAfter, 16 * i, 16);
            }
        }
        List<ScenarioJudge.Observation> out = new ArrayList<>();
        changed.forEach((kind, fields) -> out.add(new ScenarioJudge.Observation(kind, null, "changed by the iret: "
                + String.join("; ", fields.subList(0, Math.min(3, fields.size())))
                + (fields.size() > 3 ? "; and " + (fields.size() - 3) + " more" : ""))));
        return out;
    }

    private static void field(Map<FindingKind, List<String>> changed, FindingKind kind, String name, byte[] before,
            byte[] after, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (before[offset + i] != after[offset + i]) {
                changed.computeIfAbsent(kind, k -> new ArrayList<>()).add(name + " " + hex(before, offset, length) + " -> "
                        + hex(after, offset, length));
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
