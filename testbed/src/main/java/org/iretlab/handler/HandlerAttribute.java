package org.iretlab.handler;

/**
 * The function attributes a handler spec can carry, each spelled as in textual IR. Whether LLVM
 * stores one as an enum attribute (with an integer) or a string attribute is part of its identity.
 */
public enum HandlerAttribute {
    STACKREALIGN("stackrealign", Kind.STRING_FLAG),
    ALIGNSTACK("alignstack", Kind.ENUM_INT),
    NO_REALIGN_STACK("no-realign-stack", Kind.STRING_FLAG),
    NOREDZONE("noredzone", Kind.ENUM_FLAG),
    FRAME_POINTER("frame-pointer", Kind.STRING_VALUE),
    PROBE_STACK("probe-stack", Kind.STRING_VALUE),
    DISABLE_TAIL_CALLS("disable-tail-calls", Kind.STRING_TRUE);

    enum Kind {
        /** {@code "name"} with no value. */
        STRING_FLAG,
        /** {@code "name"="true"}. */
        STRING_TRUE,
        /** {@code "name"="value"}, value required. */
        STRING_VALUE,
        /** A built-in attribute without a value, e.g. {@code noredzone}. */
        ENUM_FLAG,
        /** A built-in attribute with an integer, e.g. {@code alignstack(16)}. */
        ENUM_INT
    }

    public final String irName;
    final Kind kind;

    HandlerAttribute(String irName, Kind kind) {
        this.irName = irName;
        this.kind = kind;
    }

    public boolean needsValue() {
        return kind == Kind.STRING_VALUE || kind == Kind.ENUM_INT;
    }

    public static HandlerAttribute byName(String name) {
        for (HandlerAttribute a : values()) {
            if (a.irName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown handler attribute '" + name + "': use stackrealign, "
                + "alignstack=N, no-realign-stack, noredzone, frame-pointer=none|non-leaf|all, "
                + "probe-stack=NAME (e.g. inline-asm) or disable-tail-calls");
    }
}
