package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.RawUrl;
import io.kumo.alerts.TeamsSpec;
import java.net.URI;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * Posts an Adaptive Card (1.4: the subject as a large bold title, the body as Markdown, which Teams renders in part)
 * to a Teams Workflows webhook. Workflows answer 202 (or 200); errors come as Azure JSON {@code {"error":{"code","message"}}}.
 */
public final class TeamsSender {

    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    /** Teams refuses messages over about 28 KB; the body stays well below. */
    static final int BODY_MAX = 20_000;

    private final Webhook webhook;

    public TeamsSender(HttpTransport http, Clock clock) {
        this.webhook = new Webhook(http);
    }

    public SendResult send(AlertMessage message, TeamsSpec channel) {
        return webhook.post(endpoint(channel), payload(message), channel.secrets(), this::judge);
    }

    static URI endpoint(TeamsSpec channel) {
        String path = channel.path().stream().map(segment -> "/" + RawUrl.encode(segment, "")).collect(Collectors.joining());
        String query = channel.query().stream().map(param -> RawUrl.encode(param.key(), "") + "=" + RawUrl.encode(param.value(), ""))
                .collect(Collectors.joining("&"));
        return URI.create(channel.base() + path + (query.isEmpty() ? "" : "?" + query));
    }

    private ObjectNode payload(AlertMessage message) {
        ObjectNode payload = webhook.object().put("type", "message");
        ObjectNode card = payload.putArray("attachments").addObject().put("contentType", "application/vnd.microsoft.card.adaptive")
                .putObject("content").put("$schema", SCHEMA).put("type", "AdaptiveCard").put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", message.subject()).put("weight", "Bolder").put("size", "Large").put("wrap", true);
        body.addObject().put("type", "TextBlock").put("text", ByteCut.chars(message.markdown(), BODY_MAX)).put("wrap", true);
        card.putObject("msteams").put("width", "Full");
        return payload;
    }

    private SendResult judge(HttpAnswer answer) {
        if (answer.is2xx()) {
            return new SendResult.Delivered("HTTP " + answer.status());
        }
        JsonNode error = webhook.body(answer).path("error");
        String line = Webhook.text(error, "message")
                .map(text -> "HTTP " + answer.status() + ": " + text + Webhook.text(error, "code").map(code -> " (" + code + ")").orElse(""))
                .orElseGet(() -> ErrorText.answer(answer.status(), answer.body()));
        return HttpDelivery.refused(answer, line);
    }
}
