package io.kumo.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON records as table rows: the keys of objects are the columns; nested values show as their JSON text. */
final class JsonRows {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String VALUE = "value";

    private JsonRows() {
    }

    /** Column names in the order the keys first appear in the sample. */
    static List<String> names(List<JsonNode> sample) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode record : sample) {
            if (record.isObject()) {
                record.fieldNames().forEachRemaining(names::add);
            } else {
                names.add(VALUE);
            }
        }
        return List.copyOf(names);
    }

    static List<String> row(JsonNode record, List<String> names) {
        List<String> row = new ArrayList<>(names.size());
        for (String name : names) {
            JsonNode value = record.isObject() ? record.get(name) : name.equals(VALUE) ? record : null;
            row.add(text(value));
        }
        return row;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
