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
        body = List.copyOf(body);
        attributes = Map.copyOf(attributes);
        for (var e : attributes.entrySet()) {
            if (e.getKey().needsValue() && e.getValue().isEmpty()) {
                throw new IllegalArgumentException("attribute " + e.getKey().irName + " needs a value, e.g. "
                        + e.getKey().irName + "=" + (e.getKey() == HandlerAttribute.ALIGNSTACK ? "16" : "all"));
            }
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
