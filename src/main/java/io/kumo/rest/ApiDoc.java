package io.kumo.rest;

import java.util.List;
import java.util.Optional;

/**
 * What the OpenAPI document says of a route. The server adds the error answers its {@link Access} implies (401, 403,
 * 429) and the ones every route can give (400, 404).
 *
 * @param tag          the group in the document (Tasks, Runs, Logs, Workflows, Catalog, Tokens, Hooks, Metrics, System)
 * @param requestBody  the JSON body it takes, if any
 * @param okStatus     200, 201, 202 or 204
 * @param responseType the success answer's media type: application/json, text/plain, text/html...
 * @param response     the success answer's JSON schema (empty for 204 or non-JSON answers)
 */
public record ApiDoc(String tag, String summary, String description, List<ApiParam> params,
                     Optional<JsonSchema> requestBody, int okStatus, String responseType, Optional<JsonSchema> response) {

    public static final String JSON = "application/json";

    /** A JSON answer with status 200, no parameters, no body: refine with the {@code with...} methods. */
    public static ApiDoc of(String tag, String summary) {
        return new ApiDoc(tag, summary, "", List.of(), Optional.empty(), 200, JSON, Optional.empty());
    }

    public ApiDoc describedAs(String text) {
        return new ApiDoc(tag, summary, text, params, requestBody, okStatus, responseType, response);
    }

    public ApiDoc withParams(ApiParam... more) {
        List<ApiParam> all = new java.util.ArrayList<>(params);
        all.addAll(List.of(more));
        return new ApiDoc(tag, summary, description, List.copyOf(all), requestBody, okStatus, responseType, response);
    }

    public ApiDoc withBody(JsonSchema body) {
        return new ApiDoc(tag, summary, description, params, Optional.of(body), okStatus, responseType, response);
    }

    public ApiDoc returning(int status, JsonSchema schema) {
        return new ApiDoc(tag, summary, description, params, requestBody, status, JSON, Optional.of(schema));
    }

    /** A success answer that is not JSON (text/plain, text/html), or none (204). */
    public ApiDoc returningRaw(int status, String mediaType) {
        return new ApiDoc(tag, summary, description, params, requestBody, status, mediaType, Optional.empty());
    }
}
