package org.iretlab.backend;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The worker protocol: one JSON object per line on the worker's stdin and stdout. Reply lines carry
 * a prefix, because native code in the worker may print to the same stdout; lines without it are
 * not protocol and are ignored.
 *
 * <p>The worker first sends a {@link Reply} with its LLVM version and no outcome (the greeting),
 * then one reply per {@link CompileRequest}, in order.
 */
final class WorkerProtocol {
    static final String PREFIX = "@@iretlab ";

    /**
     * A worker's answer; {@code outcome} is null in the greeting, and when iretlab itself failed
     * in the worker ({@code error}: the exception, e.g. a C API function this LLVM lacks).
     */
    record Reply(String backend, String llvmVersion, CompileOutcome outcome, String error) {}

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
