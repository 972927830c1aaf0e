package org.iretlab.cell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.iretlab.target.Target;

/**
 * A cell's target in JSON: its fields ({@code triple, cpu, features, optLevel, codeModel}) for a tool,
 * and {@code spec}, the one way reports print it and the key cells match by. A target that is no
 * spec (a plain input whose module names its own triple) is stored as {@code spec} alone.
 */
final class TargetJson {
    private TargetJson() {}

    static final class Writer extends JsonSerializer<String> {
        @Override
        public void serialize(String spec, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("spec", spec);
            Target t = parsed(spec);
            if (t != null) {
                g.writeStringField("triple", t.triple());
                g.writeStringField("cpu", t.cpu());
                g.writeStringField("features", t.features());
                g.writeNumberField("optLevel", t.optLevel());
                g.writeStringField("codeModel", t.codeModel());
            }
            g.writeEndObject();
        }

        private static Target parsed(String spec) {
            try {
                return Target.parse(spec);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Reads the object, or the bare spec cells stored before targets had fields. */
    static final class Reader extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.getCodec().readTree(parser);
            return n.isTextual() ? n.asText() : n.path("spec").asText(null);
        }
    }
}
