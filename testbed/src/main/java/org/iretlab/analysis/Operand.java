package org.iretlab.analysis;

/** One AT&T operand. */
public sealed interface Operand {

    /** {@code %reg}. */
    record Reg(Register register) implements Operand {}

    /** {@code $value} or {@code $symbol}: value is null when symbolic. */
    record Imm(Long value, String text) implements Operand {}

    /**
     * {@code seg:disp(base,index,scale)}; absent parts are null (scale 1 when absent). A displacement
     * that names a symbol has {@code symbolic} set and disp 0.
     */
    record Mem(Register segment, long disp, boolean symbolic, Register base, Register index, int scale) implements Operand {
        public boolean ripRelative() {
            return base != null && base.kind() == Register.Kind.IP;
        }
    }

    /** A branch or call target written as an address or symbol (the decoder resolves it), or {@code *x} for indirect. */
    record Target(String text, boolean indirect) implements Operand {}
}
