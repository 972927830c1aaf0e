package org.iretlab.analysis;

/**
 * A point the stack pointer is measured from. The entry base is SP at handler entry, known only
 * modulo {@code modulus} (the CPU aligns RSP to 16 before pushing the 64-bit frame; on 32-bit it
 * does not align at all). {@code and $-N} on a stack address makes a new base that is N-aligned and
 * lies somewhere in [parent + lo, parent + hi].
 */
public record Base(String name, Base parent, long lo, long hi, int modulus, int residue) {

    public static Base entry(int modulus, int residue) {
        return new Base("entry-sp", null, 0, 0, modulus, residue);
    }

    /** The base made by rounding {@code address} down to {@code alignment}. */
    public static Base realigned(Value.StackAddress address, int alignment, long at) {
        long lo = address.offset() - (alignment - 1);
        return new Base(String.format("realigned%d@0x%x", alignment, at), address.base(), lo, address.offset(),
                alignment, 0);
    }

    public boolean isEntry() {
        return parent == null;
    }

    long lowestFromEntry() {
        return parent == null ? 0 : parent.lowestFromEntry() + lo;
    }

    long highestFromEntry() {
        return parent == null ? 0 : parent.highestFromEntry() + hi;
    }
}
