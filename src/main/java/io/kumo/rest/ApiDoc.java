package io.kumo.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the OpenAPI document says of a route. The server adds the error answers its {@link Access} implies (401, 403,
 * 429) and the ones every route can give (400, 404; 413 with a body); {@link #withError} adds the route's own.
 *
 * @param tag          the group in the document (Tasks, Runs, Logs, Workflows, Catalog, Tokens, Hooks, Metrics, System)
 * @param requestBody  the JSON body it takes, if any
 * @param okStatus     200, 201, 202 or 204
 * @param responseType the success answer's media type: application/json, text/plain, text/html...
 * @param response     the success answer's JSON schema (empty for 204 or non-JSON answers)
 * @param otherTypes   further media types the success answer may come as (chosen by Accept), with their schema
 * @param errors       error statuses this route gives beyond the ones the server adds, with what they mean
 */
public record ApiDoc(String tag, String summary, String description, List<ApiParam> params,
                     Optional<JsonSchema> requestBody, int okStatus, String responseType, Optional<JsonSchema> response,
                     Map<String, JsonSchema> otherTypes, Map<Integer, String> errors) {

    public static final String JSON = "application/json";

    public ApiDoc {
        otherTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherTypes));
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** A JSON answer with status 200, no parameters, no body: refine with the {@code with...} methods. */
    public static ApiDoc of(String tag, String summary) {
        return new ApiDoc(tag, summary, "", List.of(), Optional.empty(), 200, JSON, Optional.empty(), Map.of(), Map.of());
    }

    public ApiDoc describedAs(String text) {
        return new ApiDoc(tag, summary, text, params, requestBody, okStatus, responseType, response, otherTypes, errors);
    }

    public ApiDoc withParams(ApiParam... more) {
        List<ApiParam> all = new java.util.ArrayList<>(params);
        all.addAll(List.of(more));
        return new ApiDoc(tag, summary, description, List.copyOf(all), requestBody, okStatus, responseType, response,
                otherTypes, errors);
    }

    public ApiDoc withBody(JsonSchema body) {
        return new ApiDoc(tag, summary, description, params, Optional.of(body), okStatus, responseType, response, otherTypes,
                errors);
    }

    public ApiDoc returning(int status, JsonSchema schema) {
        return new ApiDoc(tag, summary, description, params, requestBody, status, JSON, Optional.of(schema), otherTypes, errors);
    }

    /** A success answer that is not JSON (text/plain, text/html), or none (204). */
    public ApiDoc returningRaw(int status, String mediaType) {
        return new ApiDoc(tag, summary, description, params, requestBody, status, mediaType, Optional.empty(), otherTypes,
                errors);
    }

    /** The success answer may also come as {@code mediaType} (the client's Accept chooses), shaped as {@code schema}. */
    public ApiDoc orAs(String mediaType, JsonSchema schema) {
        Map<String, JsonSchema> types = new LinkedHashMap<>(otherTypes);
        types.put(mediaType, schema);
        return new ApiDoc(tag, summary, description, params, requestBody, okStatus, responseType, response, types, errors);
    }

    /** An error status this route gives (as {@code {"error": ...}}) beyond the ones every route of its access gives. */
    public ApiDoc withError(int status, String meaning) {
        Map<Integer, String> all = new LinkedHashMap<>(errors);
        all.put(status, meaning);
        return new ApiDoc(tag, summary, description, params, requestBody, okStatus, responseType, response, otherTypes, all);
    }
}
