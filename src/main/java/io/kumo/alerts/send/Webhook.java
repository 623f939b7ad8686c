package io.kumo.alerts.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chat senders' JSON: a payload built with Jackson and POSTed through {@link HttpDelivery}, whose answer the
 * vendor's own rule judges; an answer's body read back as JSON; texts cut to a vendor's limit.
 */
final class Webhook {

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json; charset=utf-8", "Accept", "application/json");

    private final HttpDelivery delivery;
    private final ObjectMapper json = new ObjectMapper();

    Webhook(HttpTransport http) {
        this.delivery = new HttpDelivery(http);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** POSTs {@code payload} and lets {@code judge} read the answer; the result's error is masked with {@code secrets}. */
    SendResult post(URI uri, ObjectNode payload, List<String> secrets, Function<HttpAnswer, SendResult> judge) {
        try {
            return delivery.judged("POST", uri, HEADERS, json.writeValueAsString(payload), secrets, judge);
        } catch (JsonProcessingException e) {
            return new SendResult.Failed("Kumo could not write the message as JSON");
        }
    }

    /** The answer's body read as JSON, or an empty object when it is none. */
    JsonNode body(HttpAnswer answer) {
        try {
            JsonNode node = answer.body() == null || answer.body().isBlank() ? null : json.readTree(answer.body());
            return node == null ? object() : node;
        } catch (JsonProcessingException e) {
            return object();
        }
    }

    /** A JSON text field, when the answer has one. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The text cut to at most {@code max} characters, ending in "…" when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
