package io.kumo.alerts.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON POST to a vendor's webhook, for the chat senders: the answer judged by the vendor's rule, a failure to
 * reach it turned into a {@link SendResult.Retry}, and every error line masked. Nothing here names the URI in an error
 * (tokens ride in paths): only its host and port.
 */
final class Webhook {

    private final HttpTransport http;
    private final ObjectMapper json = new ObjectMapper();

    Webhook(HttpTransport http) {
        this.http = http;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** Posts {@code payload} and lets {@code judge} read the answer; the result's error is masked with {@code secrets}. */
    SendResult post(URI uri, ObjectNode payload, List<String> secrets, Function<HttpAnswer, SendResult> judge) {
        SendResult result;
        try {
            result = judge.apply(http.postJson(uri, Map.of("Accept", "application/json"), json.writeValueAsString(payload)));
        } catch (IOException e) {
            result = new SendResult.Retry(ErrorText.of(e, where(uri)), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new SendResult.Retry("interrupted while sending (" + where(uri) + ")", null);
        } catch (RuntimeException e) {
            result = new SendResult.Failed(e.getClass().getSimpleName() + " while sending (" + where(uri) + ")");
        }
        return masked(result, secrets);
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

    /** Retry when the status is worth another try (408, 429, 5xx; after {@code Retry-After} when given), else Failed. */
    static SendResult refused(HttpAnswer answer, String error) {
        return answer.isTransient() ? new SendResult.Retry(error, answer.retryAfter().orElse(null)) : new SendResult.Failed(error);
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

    private static String where(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static SendResult masked(SendResult result, List<String> secrets) {
        return switch (result) {
            case SendResult.Delivered delivered -> delivered;
            case SendResult.Retry retry -> new SendResult.Retry(ErrorText.mask(retry.error(), secrets), retry.retryAfter());
            case SendResult.Failed failed -> new SendResult.Failed(ErrorText.mask(failed.error(), secrets));
        };
    }
}
