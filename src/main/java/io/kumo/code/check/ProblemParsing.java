package io.kumo.code.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Shared bits of the output parsers: one JSON reader, numbers that may be missing. */
final class ProblemParsing {

    static final ObjectMapper JSON = new ObjectMapper();

    private ProblemParsing() {
    }

    static JsonNode read(String json, String tool) {
        try {
            return JSON.readTree(json.isBlank() ? "null" : json.strip());
        } catch (IOException e) {
            throw new CheckFailedException(tool + " printed something that is not JSON: " + abbreviate(json));
        }
    }

    static int integer(JsonNode node, String field, int fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.canConvertToInt() ? fallback : value.asInt();
    }

    static String abbreviate(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "\u2026" : line;
    }
}
