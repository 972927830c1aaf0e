package org.iretlab.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The abstract machine state at one program point: register contents, stack slots, the direction
 * flag, and whether x87/MXCSR state has been saved or the handler has set its own FP environment.
 * Vector registers are kept per 128-bit lane ("v3.1" is bits 128-255 of ymm3/zmm3).
 */
public final class State {
    /**
     * DF as far as it is known. ENTRY: whatever it was when the function was entered (for a
     * handler, the interrupted code's); CLEAR_OR_ENTRY: clear on some paths, as at entry on the
     * others, which a callee that clears DF only on some paths leaves its caller with.
     */
    public enum Direction {
        UNKNOWN, CLEAR, SET, ENTRY, CLEAR_OR_ENTRY;

        Direction join(Direction other) {
            if (this == other) {
                return this;
            }
            return clearOrEntry() && other.clearOrEntry() ? CLEAR_OR_ENTRY : UNKNOWN;
        }

        /** DF after a callee that leaves it this way, where it was {@code before} at the call. */
        Direction after(Direction before) {
            return this == ENTRY ? before : this == CLEAR_OR_ENTRY ? CLEAR.join(before) : this;
        }

        private boolean clearOrEntry() {
            return this == CLEAR || this == ENTRY || this == CLEAR_OR_ENTRY;
        }
    }

    /** A stack slot: what was stored at base+offset, and how many bytes. */
    public record Slot(Value value, int bytes) {}

    record SlotKey(Base base, long offset) {}

    final Map<String, Value> registers = new HashMap<>();
    final Map<SlotKey, Slot> slots = new HashMap<>();
    Direction direction = Direction.ENTRY;
    boolean fpuSaved;
    boolean fpuChangedSinceSave;
    boolean mxcsrSaved;
    boolean mxcsrChangedSinceSave;
    boolean ownX87Environment;
    boolean ownSseEnvironment;

    State copy() {
        State s = new State();
        s.registers.putAll(registers);
        s.slots.putAll(slots);
        s.direction = direction;
        s.fpuSaved = fpuSaved;
        s.fpuChangedSinceSave = fpuChangedSinceSave;
        s.mxcsrSaved = mxcsrSaved;
        s.mxcsrChangedSinceSave = mxcsrChangedSinceSave;
        s.ownX87Environment = ownX87Environment;
        s.ownSseEnvironment = ownSseEnvironment;
        return s;
    }

    /** The least state both may be in: what they agree on, Unknown elsewhere. */
    State join(State other, long at) {
        State s = new State();
        for (var e : registers.entrySet()) {
            Value o = other.registers.get(e.getKey());
            s.registers.put(e.getKey(), Objects.equals(e.getValue(), o) ? o : mergeUnknown(e.getValue(), o, at));
        }
        for (var e : slots.entrySet()) {
            if (Objects.equals(e.getValue(), other.slots.get(e.getKey()))) {
                s.slots.put(e.getKey(), e.getValue());
            }
        }
        s.direction = direction.join(other.direction);
        s.fpuSaved = fpuSaved && other.fpuSaved;
        s.fpuChangedSinceSave = fpuChangedSinceSave || other.fpuChangedSinceSave;
        s.mxcsrSaved = mxcsrSaved && other.mxcsrSaved;
        s.mxcsrChangedSinceSave = mxcsrChangedSinceSave || other.mxcsrChangedSinceSave;
        s.ownX87Environment = ownX87Environment && other.ownX87Environment;
        s.ownSseEnvironment = ownSseEnvironment && other.ownSseEnvironment;
        return s;
    }

    /** Keeps the first writer's evidence when both paths changed a register. */
    private static Value mergeUnknown(Value a, Value b, long at) {
        if (a instanceof Value.Unknown) {
            return a;
        }
        if (b instanceof Value.Unknown) {
            return b;
        }
        return Value.unknown(at, "differs between the paths that meet here");
    }

    public Value register(String family) {
        return registers.getOrDefault(family, Value.unknown(-1, "never set"));
    }

    void set(String family, Value v) {
        registers.put(family, v);
    }

    public Value stackPointer() {
        return register("rsp");
    }

    Slot slot(Value.StackAddress address) {
        return slots.get(new SlotKey(address.base(), address.offset()));
    }

    /** Stores a value, forgetting every slot the store overlaps. */
    void store(Value.StackAddress address, int bytes, Value v) {
        forget(address, bytes);
        slots.put(new SlotKey(address.base(), address.offset()), new Slot(v, bytes));
    }

    /** Forgets the slots overlapping [address, address+bytes); slots on other bases may alias, so those too. */
    void forget(Value.StackAddress address, int bytes) {
        slots.entrySet().removeIf(e -> {
            SlotKey k = e.getKey();
            if (!k.base().equals(address.base())) {
                long lo = address.lowestFromEntry();
                long hi = address.highestFromEntry() + bytes;
                Value.StackAddress other = new Value.StackAddress(k.base(), k.offset());
                return other.lowestFromEntry() < hi && other.highestFromEntry() + e.getValue().bytes() > lo;
            }
            return k.offset() < address.offset() + bytes && k.offset() + e.getValue().bytes() > address.offset();
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof State s && registers.equals(s.registers) && slots.equals(s.slots) && direction == s.direction
                && fpuSaved == s.fpuSaved && fpuChangedSinceSave == s.fpuChangedSinceSave && mxcsrSaved == s.mxcsrSaved
                && mxcsrChangedSinceSave == s.mxcsrChangedSinceSave && ownX87Environment == s.ownX87Environment
                && ownSseEnvironment == s.ownSseEnvironment;
    }

    @Override
    public int hashCode() {
        return Objects.hash(registers, slots, direction);
    }
}
