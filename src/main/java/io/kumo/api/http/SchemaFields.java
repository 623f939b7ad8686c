package io.kumo.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object's properties for {@link JsonSchema#object}, written inline in the order the answer has them. */
final class SchemaFields {

    private SchemaFields() {
    }

    /** {@code name, schema, name, schema...} */
    static Map<String, JsonSchema> of(Object... namesAndSchemas) {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            fields.put((String) namesAndSchemas[i], (JsonSchema) namesAndSchemas[i + 1]);
        }
        return fields;
    }
}
