package org.iretlab.analysis;

/** What a called function may change, as the handler's author may assume it. */
public enum CalleeModel {
    /** The target's calling convention: caller-saved GPRs, all vector registers, x87 and MXCSR status. */
    ABI("abi"),
    /** A callee built with -mgeneral-regs-only: only the caller-saved GPRs. */
    GENERAL_REGS_ONLY("general-regs-only"),
    /** A callee built soft-float: only the caller-saved GPRs. */
    SOFT_FLOAT("soft-float"),
    /** A callee with no_caller_saved_registers: it preserves everything it uses. */
    NO_CALLER_SAVED_REGISTERS("no-caller-saved-registers");

    public final String id;

    CalleeModel(String id) {
        this.id = id;
    }

    public static CalleeModel byId(String id) {
        for (CalleeModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown callee model '" + id
                + "': use abi, general-regs-only, soft-float or no-caller-saved-registers");
    }

    /** The register files a callee of this model may change. */
    public RegisterUse use() {
        return switch (this) {
            case ABI -> RegisterUse.ALL;
            case GENERAL_REGS_ONLY, SOFT_FLOAT -> RegisterUse.GPRS_ONLY;
            case NO_CALLER_SAVED_REGISTERS -> RegisterUse.NOTHING;
        };
    }
}
