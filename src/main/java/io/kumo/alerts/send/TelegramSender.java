package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.TelegramSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a message through a Telegram bot to each of the channel's chats: the subject in bold, then the body in the
 * HTML Telegram reads. Every chat is tried in each attempt, as {@link EachTarget} tells (errors name the chat, never the
 * bot token, which rides in the URI's path; a retry sends to the chats that already got it again).
 */
public final class TelegramSender {

    static final int TEXT_MAX = 4096;
    static final int TITLE_MAX = 256;

    private final Webhook webhook;

    public TelegramSender(HttpTransport http, Clock clock) {
        this.webhook = new Webhook(http);
    }

    public SendResult send(AlertMessage message, TelegramSpec channel) {
        URI uri = URI.create(channel.base() + "/bot" + channel.botToken() + "/sendMessage");
        String text = text(message);
        List<EachTarget.Outcome> outcomes = new ArrayList<>();
        for (String chat : channel.chatIds()) {
            outcomes.add(new EachTarget.Outcome("chat " + chat, webhook.post(uri, payload(chat, text), channel.secrets(), this::judge)));
        }
        return EachTarget.combined(outcomes);
    }

    /** The subject in bold and the body as Telegram HTML; when that is too long, the body as escaped text, cut. */
    static String text(AlertMessage message) {
        String subject = ByteCut.chars(message.subject(), TITLE_MAX);
        String title = "<b>" + Webhook.entities(subject) + "</b>";
        String html = Rendering.telegramHtml(message.markdown()).strip();
        String text = html.isEmpty() ? title : title + "\n" + html;
        if (text.length() <= TEXT_MAX) {
            return text;
        }
        int room = TEXT_MAX - subject.length() - 1;
        return title + "\n" + Webhook.entities(ByteCut.chars(Rendering.plainText(message.markdown()).strip(), room));
    }

    private ObjectNode payload(String chat, String text) {
        ObjectNode payload = webhook.object();
        if (chat.startsWith("@")) {
            payload.put("chat_id", chat);
        } else {
            payload.put("chat_id", Long.parseLong(chat));
        }
        return payload.put("text", text).put("parse_mode", "HTML").put("disable_web_page_preview", true);
    }

    private SendResult judge(HttpAnswer answer) {
        JsonNode body = webhook.body(answer);
        if (answer.is2xx() && body.path("ok").asBoolean(false)) {
            return new SendResult.Delivered("HTTP " + answer.status());
        }
        String line = Webhook.text(body, "description").map(text -> "HTTP " + answer.status() + ": " + text)
                .orElseGet(() -> ErrorText.answer(answer.status(), answer.body()));
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        if (answer.status() == 429 && retryAfter.isNumber()) {
            return new SendResult.Retry(line, Duration.ofSeconds(retryAfter.asLong()));
        }
        return answer.is2xx() ? new SendResult.Failed(line) : HttpDelivery.refused(answer, line);
    }

}
