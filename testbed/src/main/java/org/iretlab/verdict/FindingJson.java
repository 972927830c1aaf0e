package org.iretlab.verdict;

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

/**
 * A finding in JSON, the same wherever it appears ({@code check --json}, {@code cells.jsonl},
 * {@code results.json}): {@code {"kind", "address", "instruction", "reason"}} for code, {@code
 * {"kind", "ir", "reason"}} for an IR location, so a tool reads the address as a number rather than
 * parsing the line a report prints.
 */
final class FindingJson {
    /** How cells written before the fields were split stored where: {@code 0xADDRESS: instruction}. */
    private static final Pattern LEGACY_AT = Pattern.compile("0x([0-9a-f]+): (.*)", Pattern.DOTALL);

    private FindingJson() {}

    static final class Writer extends JsonSerializer<Finding> {
        @Override
        public void serialize(Finding f, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().id());
            if (f.address() >= 0) {
                g.writeNumberField("address", f.address());
                g.writeStringField("instruction", f.assembly());
            } else {
                g.writeStringField("ir", f.assembly());
            }
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
            String reason = n.path("reason").asText();
            if (n.has("address")) {
                return new Finding(kind, n.path("address").asLong(), n.path("instruction").asText(), reason);
            }
            if (n.has("ir")) {
                return Finding.inIr(kind, n.path("ir").asText(), reason);
            }
            Matcher m = LEGACY_AT.matcher(n.path("at").asText());
            return m.matches() ? new Finding(kind, Long.parseLong(m.group(1), 16), m.group(2), reason)
                    : Finding.inIr(kind, n.path("at").asText(), reason);
        }
    }
}
