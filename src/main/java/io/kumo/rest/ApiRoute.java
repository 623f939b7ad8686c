package io.kumo.rest;

import io.javalin.http.Handler;

/**
 * One endpoint: method, path (Javalin's {@code {param}} syntax, under {@code /api/v1} or {@code /metrics}), who may
 * call it, what it does and what the OpenAPI document says of it. The server registers every route of every
 * {@link ApiEndpoints} group, checks {@link Access} first, and runs the handler with the token's actor bound.
 */
public record ApiRoute(ApiMethod method, String path, Access access, Handler handler, ApiDoc doc) {
}
