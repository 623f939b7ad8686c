package io.kumo.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields of a request's JSON object: each a clear 400 when missing, of the wrong type, or not expected at all. */
final class BodyFields {

    private final ObjectNode body;

    BodyFields(ObjectNode body, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "' (expected: " + String.join(", ", allowed) + ")");
            }
        }
        this.body = body;
    }

    Optional<String> text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        return Optional.of(node.asText());
    }

    String requiredText(String field) {
        return text(field).orElseThrow(() -> ApiException.badRequest(field + ": required"));
    }

    /** An object of names to scalar values, each taken as its text ({@code 3} as "3"); empty when absent. */
    Map<String, String> texts(String field) {
        JsonNode node = body.get(field);
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw ApiException.badRequest(field + ": must be an object of names to values");
        }
        node.properties().forEach(entry -> {
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw ApiException.badRequest(field + "." + entry.getKey() + ": must be a string, number or boolean");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        });
        return values;
    }
}
