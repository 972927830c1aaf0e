package org.iretlab.handler;

/**
 * The type behind the handler's {@code ptr byval(T)} frame parameter. LLVM ignores the byval
 * type's size, so the choice only changes what the body can address; the variants mirror what front
 * ends emit.
 */
public enum FrameType {
    /** Five native words {ip, cs, flags, sp, ss}, as a C or Rust frame struct; the default. */
    WORDS("words"),
    /** {@code byval(i8)}: Clang's spelling for a {@code void *} frame parameter. */
    BYTE("byte"),
    /** {@code byval(ptr)}: what rustc emits for a frame taken by reference (rust#162457, hermit-os#195). */
    POINTER("pointer");

    public final String token;

    FrameType(String token) {
        this.token = token;
    }

    public static FrameType parse(String token) {
        for (FrameType f : values()) {
            if (f.token.equals(token)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown frame type '" + token + "': use words, byte or pointer");
    }
}
