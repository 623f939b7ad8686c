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
 * vendor's own rule judges; an answer's body read back as JSON.
 */
final class Webhook {

    private static final Map<String, String> HEADERS = headers();

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

    /** {@code & < >} as HTML entities: what Telegram's HTML and Slack's texts need escaped. */
    static String entities(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = HttpDelivery.jsonHeaders();
        headers.put("Accept", "application/json");
        return Map.copyOf(headers);
    }
}
