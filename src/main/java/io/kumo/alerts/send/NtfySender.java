package io.kumo.alerts.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.NtfySpec;
import io.kumo.alerts.Severity;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes to ntfy as JSON on the server's root URL, one POST per topic:
 * {@code {"topic","title","message","priority","tags","markdown":true}} (+ {@code "click"}: the run's link). Priority
 * and tag come from the severity (failure and warning 4, success and info 3). An error answer reads ntfy's
 * {@code {"code":40301,"error":"forbidden"}} as "topic t: HTTP 403: forbidden (40301)". Every topic is tried in each
 * attempt, as {@link EachTarget} tells (a retry publishes to the topics that already got it again). The message is cut
 * to ntfy's {@value #MESSAGE_BYTES} bytes (beyond that ntfy turns it into an attachment) and the title to
 * {@value #TITLE_CHARS} characters.
 */
public final class NtfySender {

    static final int MESSAGE_BYTES = 4096;
    static final int TITLE_CHARS = 200;

    private final HttpDelivery delivery;
    private final ObjectMapper json = new ObjectMapper();

    /** @param clock unused: ntfy stamps the time itself */
    public NtfySender(HttpTransport http, Clock clock) {
        this.delivery = new HttpDelivery(http);
    }

    public SendResult send(AlertMessage message, NtfySpec channel) {
        URI endpoint = URI.create(channel.endpoint());
        List<String> secrets = new ArrayList<>(channel.secrets());
        Map<String, String> headers = headers(channel, secrets);
        List<EachTarget.Outcome> outcomes = new ArrayList<>();
        for (String topic : channel.topics()) {
            String body;
            try {
                body = json.writeValueAsString(payload(message, topic));
            } catch (JsonProcessingException e) {
                return new SendResult.Failed("Kumo could not write the JSON payload: " + e.getOriginalMessage());
            }
            outcomes.add(new EachTarget.Outcome("topic " + topic, delivery.send("POST", endpoint, headers, body, secrets, this::describe)));
        }
        return EachTarget.combined(outcomes);
    }

    static Map<String, Object> payload(AlertMessage message, String topic) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("topic", topic);
        payload.put("title", ByteCut.chars(message.subject(), TITLE_CHARS));
        payload.put("message", ByteCut.utf8(message.markdown(), MESSAGE_BYTES));
        payload.put("priority", priority(message.severity()));
        payload.put("tags", List.of(tag(message.severity())));
        payload.put("markdown", true);
        String link = message.details().get("link");
        if (link != null) {
            payload.put("click", link);
        }
        return payload;
    }

    private static int priority(Severity severity) {
        return switch (severity) {
            case FAILURE, WARNING -> 4;
            case SUCCESS, INFO -> 3;
        };
    }

    private static String tag(Severity severity) {
        return switch (severity) {
            case FAILURE -> "rotating_light";
            case WARNING -> "warning";
            case SUCCESS -> "white_check_mark";
            case INFO -> "information_source";
        };
    }

    /** @param secrets gets the Basic header's Base64, when there is one */
    private static Map<String, String> headers(NtfySpec channel, List<String> secrets) {
        Map<String, String> headers = HttpDelivery.jsonHeaders();
        if (channel.token() != null) {
            headers.put("Authorization", "Bearer " + channel.token());
        } else if (channel.user() != null) {
            HttpDelivery.basic(headers, secrets, channel.user(), channel.password());
        }
        return headers;
    }

    /** ntfy's error shape when the answer has it, else the start of the answer. */
    private String describe(HttpAnswer answer) {
        try {
            JsonNode error = json.readTree(answer.body());
            if (error != null && error.hasNonNull("error")) {
                return "HTTP " + answer.status() + ": " + error.get("error").asText()
                        + (error.hasNonNull("code") ? " (" + error.get("code").asText() + ")" : "");
            }
        } catch (JsonProcessingException notJson) {
            // a proxy's or server's page: shown as it is
        }
        return ErrorText.answer(answer.status(), answer.body());
    }
}
