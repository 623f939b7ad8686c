package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.SlackSpec;
import java.net.URI;
import java.time.Clock;

/**
 * Posts to a Slack incoming webhook: the subject as a header block, the body as a mrkdwn section, the subject again as
 * the notification's fallback {@code text} (with {@code & < >} escaped, as Slack asks, so no {@code <!channel>} pings). Slack says "delivered" with 200 and the body {@code ok}; anything else is
 * its error word ({@code invalid_payload}, {@code channel_not_found}…), retried only for 429 and 5xx.
 */
public final class SlackSender {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;

    private final Webhook webhook;

    public SlackSender(HttpTransport http, Clock clock) {
        this.webhook = new Webhook(http);
    }

    public SendResult send(AlertMessage message, SlackSpec channel) {
        URI uri = URI.create(channel.base() + "/services/" + channel.tokenA() + "/" + channel.tokenB() + "/" + channel.tokenC());
        return webhook.post(uri, payload(message, channel), channel.secrets(), SlackSender::judge);
    }

    private ObjectNode payload(AlertMessage message, SlackSpec channel) {
        ObjectNode payload = webhook.object().put("text", Webhook.entities(message.subject()));
        ArrayNode blocks = payload.putArray("blocks");
        if (!message.subject().isBlank()) {
            blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text")
                    .put("text", ByteCut.chars(message.subject(), HEADER_MAX)).put("emoji", true);
        }
        String body = Rendering.slackMrkdwn(message.markdown());
        if (!body.isBlank()) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", ByteCut.chars(body, SECTION_MAX));
        }
        if (channel.botName() != null) {
            payload.put("username", channel.botName());
        }
        if (channel.channel() != null) {
            payload.put("channel", channel.channel());
        }
        return payload;
    }

    private static SendResult judge(HttpAnswer answer) {
        if (answer.status() == 200 && "ok".equals(answer.body() == null ? null : answer.body().strip())) {
            return new SendResult.Delivered("HTTP 200 ok");
        }
        return HttpDelivery.refused(answer, ErrorText.answer(answer.status(), answer.body()));
    }
}
