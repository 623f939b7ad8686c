package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DiscordSpec;
import io.kumo.alerts.Severity;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts to a Discord webhook ({@code ?wait=true}, so Discord confirms with 200 and the message): the subject as the
 * message's content and as an embed's title, the body (Discord reads Markdown) as its description, coloured by severity;
 * {@code allowed_mentions} empty, so no text in an alert can ping anyone.
 * A 429 is retried after Discord's {@code retry_after}; other refusals carry Discord's {@code message} and {@code code}.
 */
public final class DiscordSender {

    static final int CONTENT_MAX = 2000;
    static final int TITLE_MAX = 256;
    static final int DESCRIPTION_MAX = 4096;

    private final Webhook webhook;

    public DiscordSender(HttpTransport http, Clock clock) {
        this.webhook = new Webhook(http);
    }

    public SendResult send(AlertMessage message, DiscordSpec channel) {
        URI uri = URI.create(channel.base() + "/api/webhooks/" + channel.webhookId() + "/" + channel.webhookToken() + "?wait=true");
        return webhook.post(uri, payload(message, channel), channel.secrets(), this::judge);
    }

    /** Apprise's colours: info #3AA3E3, success #3AA337, warning #CACF29, failure #A32037. */
    static int color(Severity severity) {
        return switch (severity) {
            case INFO -> 0x3AA3E3;
            case SUCCESS -> 0x3AA337;
            case WARNING -> 0xCACF29;
            case FAILURE -> 0xA32037;
        };
    }

    private ObjectNode payload(AlertMessage message, DiscordSpec channel) {
        ObjectNode payload = webhook.object();
        if (channel.botName() != null) {
            payload.put("username", channel.botName());
        }
        payload.put("content", ByteCut.chars(message.subject(), CONTENT_MAX));
        ObjectNode embed = payload.putArray("embeds").addObject().put("title", ByteCut.chars(message.subject(), TITLE_MAX));
        if (!message.markdown().isBlank()) {
            embed.put("description", ByteCut.chars(message.markdown(), DESCRIPTION_MAX));
        }
        embed.put("color", color(message.severity()));
        payload.putObject("allowed_mentions").putArray("parse"); // "@everyone" or a role in a task's name pings no one
        return payload;
    }

    private SendResult judge(HttpAnswer answer) {
        if (answer.is2xx()) {
            return new SendResult.Delivered("HTTP " + answer.status());
        }
        JsonNode body = webhook.body(answer);
        String line = Webhook.text(body, "message")
                .map(text -> "HTTP " + answer.status() + ": " + text + Webhook.text(body, "code").map(code -> " (code " + code + ")").orElse(""))
                .orElseGet(() -> ErrorText.answer(answer.status(), answer.body()));
        JsonNode retryAfter = body.path("retry_after");
        if (answer.status() == 429 && retryAfter.isNumber()) {
            Duration delay = Duration.ofMillis(Math.round(retryAfter.asDouble() * 1000));
            return new SendResult.Retry(line + " (retry after " + retryAfter.asText() + " s)", delay);
        }
        return HttpDelivery.refused(answer, line);
    }
}
