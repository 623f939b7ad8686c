package io.kumo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.kumo.json.Json;

/** Reading a request's JSON body: a clear 400 for anything but a JSON object. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static ObjectNode object(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("the request needs a JSON object body");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw ApiException.badRequest("the body must be a JSON object, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
