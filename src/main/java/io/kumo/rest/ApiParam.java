package io.kumo.rest;

/** A path, query or header parameter of a route, for the OpenAPI document. */
public record ApiParam(String name, In in, boolean required, JsonSchema schema, String description) {

    public enum In { PATH, QUERY, HEADER }

    public static ApiParam path(String name, String description) {
        return new ApiParam(name, In.PATH, true, JsonSchema.string(), description);
    }

    public static ApiParam query(String name, JsonSchema schema, String description) {
        return new ApiParam(name, In.QUERY, false, schema, description);
    }

    public static ApiParam header(String name, String description) {
        return new ApiParam(name, In.HEADER, false, JsonSchema.string(), description);
    }
}
