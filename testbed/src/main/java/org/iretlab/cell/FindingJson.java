package org.iretlab.cell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;

/**
 * A finding as a cell stores it: {@code {"kind", "at", "reason"}}, where {@code at} is
 * {@code 0xADDRESS: instruction} or an IR location, as every report prints it.
 */
final class FindingJson {
    private static final Pattern AT_INSTRUCTION = Pattern.compile("0x([0-9a-f]+): (.*)", Pattern.DOTALL);

    private FindingJson() {}

    static final class Writer extends JsonSerializer<Finding> {
        @Override
        public void serialize(Finding f, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().id());
            g.writeStringField("at", f.at());
            g.writeStringField("reason", f.reason());
            g.writeEndObject();
        }
    }

    static final class Reader extends JsonDeserializer<Finding> {
        @Override
        public Finding deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.getCodec().readTree(parser);
            FindingKind kind;
            try {
                kind = FindingKind.byId(n.path("kind").asText());
            } catch (IllegalArgumentException e) {
                return ctx.reportInputMismatch(Finding.class, "%s", e.getMessage());
            }
            String at = n.path("at").asText();
            Matcher m = AT_INSTRUCTION.matcher(at);
            String reason = n.path("reason").asText();
            return m.matches() ? new Finding(kind, Long.parseLong(m.group(1), 16), m.group(2), reason)
                    : Finding.inIr(kind, at, reason);
        }
    }
}
