package org.iretlab.backend;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.handler.BodyFeature;
import org.iretlab.handler.FrameType;
import org.iretlab.handler.HandlerAttribute;
import org.iretlab.handler.HandlerSpec;
import org.iretlab.target.Target;

/**
 * The worker protocol: one JSON object per line on the worker's stdin and stdout. Reply lines carry
 * a prefix, because native code in the worker may print to the same stdout; lines without it are
 * not protocol and are ignored.
 *
 * <p>The worker first sends a {@link Reply} with its LLVM version and no outcome (the greeting),
 * then one reply per {@link Request}, in order.
 */
final class WorkerProtocol {
    static final String PREFIX = "@@iretlab ";

    /**
     * A worker's answer; {@code outcome} is null in the greeting, and when iretlab itself failed
     * in the worker ({@code error}: the exception, e.g. a C API function this LLVM lacks).
     */
    record Reply(String backend, String llvmVersion, CompileOutcome outcome, String error) {}

    /**
     * What the worker is asked: a module to compile ({@code compile}), or a handler description to
     * build and compile ({@code spec} with {@code options}), so that a description a user wrote
     * costs one compile, not iretlab, when LLVM dies on it.
     */
    record Request(CompileRequest compile, Spec spec, CompileOptions options) {
        static Request of(CompileRequest compile) {
            return new Request(compile, null, null);
        }

        static Request of(HandlerSpec spec, CompileOptions options) {
            return new Request(null, Spec.of(spec), options);
        }
    }

    /** A {@link HandlerSpec} as the worker gets it: body features and attributes by their command-line spellings. */
    record Spec(String name, Target target, int parameters, String frame, int errorCodeBits, List<String> body,
            Map<String, String> attributes) {
        static Spec of(HandlerSpec s) {
            Map<String, String> attrs = new LinkedHashMap<>();
            s.attributes().forEach((k, v) -> attrs.put(k.irName, v));
            return new Spec(s.name(), s.target(), s.parameters(), s.frame().token, s.errorCodeBits(),
                    s.body().stream().map(BodyFeature::token).toList(), attrs);
        }

        HandlerSpec toSpec() {
            Map<HandlerAttribute, String> attrs = new EnumMap<>(HandlerAttribute.class);
            attributes.forEach((k, v) -> attrs.put(HandlerAttribute.byName(k), v));
            return new HandlerSpec(name, target, parameters, FrameType.parse(frame), errorCodeBits,
                    body.stream().map(HandlerSpec::feature).toList(), attrs);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkerProtocol() {}

    static String encode(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a worker message: " + e.getMessage(), e);
        }
    }

    static <T> T decode(String line, Class<T> type) {
        try {
            return JSON.readValue(line, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed worker message: " + e.getOriginalMessage(), e);
        }
    }
}
