package io.kumo.alerts.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.JsonSpec;
import io.kumo.alerts.RawUrl;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generic JSON webhook (Apprise's {@code json://}): {@code {"version":"1.0","title","message","type"}} (type: the
 * severity's word, the message: the Markdown as written) plus Kumo's facts under {@code "kumo"}, reshaped by the
 * channel's {@code :field} rewrites, sent with its method, {@code +} headers, {@code -} query parameters and Basic
 * authentication. Any 2xx is delivered.
 */
public final class JsonSender {

    private static final String SEGMENT_SAFE = "!$&'()*+,;=:@";

    private final HttpDelivery delivery;
    private final ObjectMapper json = new ObjectMapper();

    /** @param clock unused: the payload carries no time of its own (the facts in {@code kumo} do) */
    public JsonSender(HttpTransport http, Clock clock) {
        this.delivery = new HttpDelivery(http);
    }

    public SendResult send(AlertMessage message, JsonSpec channel) {
        String body;
        try {
            body = json.writeValueAsString(payload(message, channel));
        } catch (JsonProcessingException e) {
            return new SendResult.Failed("Kumo could not write the JSON payload: " + e.getOriginalMessage());
        }
        List<String> secrets = new ArrayList<>(channel.secrets());
        Map<String, String> headers = headers(channel, secrets);
        return delivery.send(channel.method(), uri(channel), headers, body, secrets, answer -> ErrorText.answer(answer.status(), answer.body()));
    }

    static Map<String, Object> payload(AlertMessage message, JsonSpec channel) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", "1.0");
        payload.put("title", message.subject());
        payload.put("message", message.markdown());
        payload.put("type", message.severity().word());
        payload.put("kumo", new TreeMap<>(message.details()));
        for (RawUrl.Param field : channel.fields()) {
            if (!payload.containsKey(field.key())) {
                payload.put(field.key(), field.value());
            } else if (field.value().isEmpty()) {
                payload.remove(field.key());
            } else {
                payload = renamed(payload, field.key(), field.value());
            }
        }
        return payload;
    }

    private static Map<String, Object> renamed(Map<String, Object> payload, String from, String to) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        payload.forEach((key, value) -> renamed.put(key.equals(from) ? to : key, value));
        return renamed;
    }

    private static URI uri(JsonSpec channel) {
        StringBuilder uri = new StringBuilder(channel.origin());
        for (String segment : channel.path()) {
            uri.append('/').append(RawUrl.encode(segment, SEGMENT_SAFE));
        }
        String separator = "?";
        for (RawUrl.Param param : channel.params()) {
            uri.append(separator).append(RawUrl.encode(param.key(), "")).append('=').append(RawUrl.encode(param.value(), ""));
            separator = "&";
        }
        return URI.create(uri.toString());
    }

    /** @param secrets gets the Basic header's Base64, when there is one */
    private static Map<String, String> headers(JsonSpec channel, List<String> secrets) {
        Map<String, String> headers = HttpDelivery.jsonHeaders();
        if (channel.user() != null) {
            HttpDelivery.basic(headers, secrets, channel.user(), channel.password());
        }
        channel.headers().forEach(header -> headers.put(header.key(), header.value()));
        return headers;
    }
}
