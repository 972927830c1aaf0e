package org.iretlab.handler;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iretlab.target.Target;

/**
 * An interrupt handler described by what it is rather than by its IR: the builder turns it into a
 * verified module.
 *
 * @param parameters 0 (no frame), 1 (frame) or 2 (frame and error code)
 * @param errorCodeBits the error code's integer width; 0 means the native word
 * @param attributes function attributes with their values ("" for attributes without one)
 */
public record HandlerSpec(String name, Target target, int parameters, FrameType frame, int errorCodeBits,
        List<BodyFeature> body, Map<HandlerAttribute, String> attributes) {

    public HandlerSpec {
        if (name == null || !name.matches("[A-Za-z_.$][A-Za-z0-9_.$]*")) {
            throw new IllegalArgumentException("handler name '" + name + "' is not a plain IR identifier");
        }
        if (parameters < 0) {
            throw new IllegalArgumentException("parameter count cannot be negative");
        }
        // LLVM wraps an integer width it cannot hold (2^24 becomes i0) and then crashes on it.
        if (errorCodeBits != 0 && (errorCodeBits < 1 || errorCodeBits > MAX_ERROR_CODE_BITS)) {
            throw new IllegalArgumentException("--error-code-bits " + errorCodeBits + ": an error code is 1 to "
                    + MAX_ERROR_CODE_BITS + " bits wide: give e.g. 32 or 64, or leave it out for the native word");
        }
        body = List.copyOf(body);
        attributes = Map.copyOf(attributes);
        for (var e : attributes.entrySet()) {
            if (e.getKey().needsValue() && e.getValue().isEmpty()) {
                throw new IllegalArgumentException("attribute " + e.getKey().irName + " needs a value, e.g. "
                        + e.getKey().irName + "=" + (e.getKey() == HandlerAttribute.ALIGNSTACK ? "16" : "all"));
            }
        }
        String alignstack = attributes.get(HandlerAttribute.ALIGNSTACK);
        if (alignstack != null) {
            checkAlignstack(alignstack);
        }
    }

    /** The widest error code a spec may ask for: LLVM's legal integer widths stop well short of its own limit. */
    public static final int MAX_ERROR_CODE_BITS = 64;
    /** The largest stack alignment LLVM's alignstack attribute can hold. */
    public static final int MAX_ALIGNSTACK = 256;

    /** alignstack=N as LLVM takes it: a power of two from 1 to 256 (anything else trips an LLVM assertion). */
    private static void checkAlignstack(String value) {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("attribute alignstack=" + value + ": expected a number, e.g. alignstack=16");
        }
        if (n < 1 || n > MAX_ALIGNSTACK || Long.bitCount(n) != 1) {
            throw new IllegalArgumentException("attribute alignstack=" + value + ": the stack alignment must be a power "
                    + "of two from 1 to " + MAX_ALIGNSTACK + " bytes, e.g. alignstack=16");
        }
    }

    /** A handler with no body and no attributes. */
    public static HandlerSpec of(String name, Target target, int parameters) {
        return new HandlerSpec(name, target, parameters, FrameType.WORDS, 0, List.of(), Map.of());
    }

    public int effectiveErrorCodeBits() {
        return errorCodeBits == 0 ? target.wordBits() : errorCodeBits;
    }

    public HandlerSpec withBody(BodyFeature... features) {
        return new HandlerSpec(name, target, parameters, frame, errorCodeBits, List.of(features), attributes);
    }

    public HandlerSpec withAttribute(HandlerAttribute attribute, String value) {
        Map<HandlerAttribute, String> more = new TreeMap<>(attributes);
        more.put(attribute, value);
        return new HandlerSpec(name, target, parameters, frame, errorCodeBits, body, more);
    }

    public static BodyFeature feature(String token) {
        return BodyFeature.parse(token);
    }
}
