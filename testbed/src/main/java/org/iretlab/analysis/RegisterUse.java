package org.iretlab.analysis;

import java.util.List;
import org.iretlab.llvm.CalleeAttributes;

/**
 * Which register files a modelled callee may change: the caller-saved general-purpose registers,
 * the vector registers (with the MXCSR status flags an SSE operation sets) and the x87/MMX state.
 */
public record RegisterUse(boolean gprs, boolean vectors, boolean x87) {
    public static final RegisterUse ALL = new RegisterUse(true, true, true);
    public static final RegisterUse GPRS_ONLY = new RegisterUse(true, false, false);
    public static final RegisterUse NOTHING = new RegisterUse(false, false, false);

    /**
     * What the IR's attributes allow the callee: nothing with no_caller_saved_registers; only GPRs
     * when soft-float; else what its target features leave on ({@code -sse} turns off every vector
     * unit, x87 is gone only with both {@code -x87} and {@code -mmx}, since MMX lives in the x87 registers).
     */
    public static RegisterUse of(CalleeAttributes a) {
        if (a.noCallerSavedRegisters()) {
            return NOTHING;
        }
        if (a.softFloat()) {
            return GPRS_ONLY;
        }
        List<String> features = a.targetFeatures() == null ? List.of() : List.of(a.targetFeatures().split(","));
        boolean sse = !features.contains("-sse");
        boolean x87 = !(features.contains("-x87") && features.contains("-mmx"));
        return new RegisterUse(true, sse, x87);
    }
}
