package io.kumo.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON Schema fragment for the OpenAPI document, as an ordered tree of maps (OpenAPI 3.1 takes JSON Schema as is). */
public record JsonSchema(Map<String, Object> node) {

    public JsonSchema {
        node = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(node));
    }

    public static JsonSchema string() {
        return of("type", "string");
    }

    /** An ISO-8601 UTC instant, as the CLI's JSON writes them. */
    public static JsonSchema instant() {
        return new JsonSchema(Map.of("type", "string", "format", "date-time"));
    }

    public static JsonSchema integer() {
        return new JsonSchema(Map.of("type", "integer", "format", "int64"));
    }

    public static JsonSchema number() {
        return of("type", "number");
    }

    public static JsonSchema bool() {
        return of("type", "boolean");
    }

    public static JsonSchema anyObject() {
        return of("type", "object");
    }

    public static JsonSchema array(JsonSchema items) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "array");
        node.put("items", items.node());
        return new JsonSchema(node);
    }

    /** One of the listed strings. */
    public static JsonSchema oneOf(String... values) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "string");
        node.put("enum", List.of(values));
        return new JsonSchema(node);
    }

    /** An object with these properties (in this order); {@code required} names the ones that must be there. */
    public static JsonSchema object(Map<String, JsonSchema> properties, String... required) {
        Map<String, Object> props = new LinkedHashMap<>();
        properties.forEach((name, schema) -> props.put(name, schema.node()));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "object");
        node.put("properties", props);
        if (required.length > 0) {
            node.put("required", List.of(required));
        }
        return new JsonSchema(node);
    }

    /** This schema, or null; an enum lists null among its values too (else null would fail the enum). */
    public JsonSchema nullable() {
        Object type = node.get("type");
        if (type == null) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(node);
        List<Object> types = new ArrayList<>(type instanceof List<?> list ? list : List.of(type));
        if (!types.contains("null")) {
            types.add("null");
        }
        copy.put("type", types);
        // not contains(null): a List.of answers it with a NullPointerException
        if (node.get("enum") instanceof List<?> values && values.stream().noneMatch(java.util.Objects::isNull)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            copy.put("enum", java.util.Collections.unmodifiableList(withNull)); // List.of refuses null
        }
        return new JsonSchema(copy);
    }

    public JsonSchema described(String description) {
        Map<String, Object> copy = new LinkedHashMap<>(node);
        copy.put("description", description);
        return new JsonSchema(copy);
    }

    private static JsonSchema of(String key, Object value) {
        return new JsonSchema(Map.of(key, value));
    }
}
