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
import java.util.Set;

/**
 * Posts a chat robot's JSON (DingTalk, WeCom, Feishu) and reads its answer. These robots answer HTTP 200 even when they
 * refuse: only a code of 0 in the body means delivered. A rate-limit code, 408, 429 and 5xx mean "try again later";
 * any other code is a refusal, reported with the code and the vendor's message, every secret masked.
 */
final class RobotPost {

    private static final int MESSAGE_CHARS = 300;

    /**
     * How one vendor answers.
     *
     * @param vendor        the name errors start with ("DingTalk")
     * @param codeFields    where the code is, first present wins ("errcode"; Feishu: "code", older "StatusCode")
     * @param messageFields where the vendor's message is ("errmsg"; Feishu: "msg", "StatusMessage")
     * @param retryCodes    the codes that mean "sent too fast"
     */
    record Shape(String vendor, List<String> codeFields, List<String> messageFields, Set<Long> retryCodes) {
    }

    private final HttpTransport http;
    private final ObjectMapper json = new ObjectMapper();

    RobotPost(HttpTransport http) {
        this.http = http;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** Posts the body; {@code secrets} are masked in every error (the channel's, and the signature sent). */
    SendResult post(URI uri, ObjectNode body, Shape shape, List<String> secrets) {
        String where = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        try {
            return read(http.postJson(uri, Map.of(), json.writeValueAsString(body)), shape, secrets);
        } catch (IOException e) {
            return new SendResult.Retry(ErrorText.mask(ErrorText.of(e, where), secrets), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Retry("interrupted while sending (" + where + ")", null);
        }
    }

    private SendResult read(HttpAnswer answer, Shape shape, List<String> secrets) {
        Optional<JsonNode> body = parse(answer.body());
        Optional<String> codeField = body.flatMap(node -> shape.codeFields().stream().filter(field -> node.path(field).canConvertToLong()).findFirst());
        if (codeField.isPresent()) {
            long code = body.get().path(codeField.get()).asLong();
            if (code == 0 && answer.is2xx()) {
                return new SendResult.Delivered("HTTP " + answer.status() + ", " + codeField.get() + " 0");
            }
            if (code != 0) {
                String message = shape.messageFields().stream().map(field -> body.get().path(field)).filter(JsonNode::isTextual)
                        .map(JsonNode::asText).findFirst().map(text -> ": " + oneLine(text)).orElse("");
                String error = ErrorText.mask(shape.vendor() + " refused it (" + codeField.get() + " " + code + message + ", HTTP "
                        + answer.status() + ")", secrets);
                return shape.retryCodes().contains(code) || answer.isTransient()
                        ? new SendResult.Retry(error, answer.retryAfter().orElse(null))
                        : new SendResult.Failed(error);
            }
        }
        String error = ErrorText.mask(ErrorText.answer(answer.status(), answer.body()), secrets);
        if (answer.isTransient()) {
            return new SendResult.Retry(error, answer.retryAfter().orElse(null));
        }
        return new SendResult.Failed(answer.is2xx() ? shape.vendor() + " answered without a result code, so it may not have been delivered: " + error : error);
    }

    private Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS) + "…" : line;
    }
}
