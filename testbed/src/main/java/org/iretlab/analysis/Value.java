package org.iretlab.analysis;

/**
 * What the analyser knows about the contents of a register or stack slot. Each value's toString is its
 * text in a finding's reason (a record's own toString is no text for users).
 */
public sealed interface Value {

    /** Anything; {@code writer} is the address of the instruction that made it so (-1 at entry). */
    record Unknown(long writer, String why) implements Value {
        @Override
        public String toString() {
            return writer >= 0 ? String.format("a value changed at 0x%x (%s)", writer, why) : "unknown (" + why + ")";
        }
    }

    /** Still the interrupted code's value of a register (or one 128-bit lane of a vector register). */
    record Original(String register) implements Value {
        @Override
        public String toString() {
            return "the interrupted code's " + register;
        }
    }

    /** An address on the stack: {@code base + offset}. */
    record StackAddress(Base base, long offset) implements Value {
        public StackAddress plus(long delta) {
            return new StackAddress(base, offset + delta);
        }

        /** True when the address is a multiple of {@code alignment} whatever the base's actual value. */
        public boolean provablyAligned(int alignment) {
            return base.modulus() % alignment == 0 && Math.floorMod(base.residue() + offset, alignment) == 0;
        }

        /** The largest power of two the address is provably a multiple of. */
        public int knownAlignment() {
            int a = 1;
            while (a < 4096 && provablyAligned(a * 2)) {
                a *= 2;
            }
            return a;
        }

        /** The address relative to the entry SP, as a closed range (realignment makes it a range). */
        public long lowestFromEntry() {
            return base.lowestFromEntry() + offset;
        }

        public long highestFromEntry() {
            return base.highestFromEntry() + offset;
        }

        @Override
        public String toString() {
            return base.name() + (offset >= 0 ? "+" : "") + offset;
        }
    }

    /** A value loaded from stack memory that holds no tracked slot (e.g. a word of the CPU frame). */
    record Loaded(StackAddress from) implements Value {
        @Override
        public String toString() {
            return "the word loaded from " + from;
        }
    }

    /** A known constant. */
    record Constant(long value) implements Value {
        @Override
        public String toString() {
            return String.format("0x%x", value);
        }
    }

    static Value unknown(long writer, String why) {
        return new Unknown(writer, why);
    }
}
