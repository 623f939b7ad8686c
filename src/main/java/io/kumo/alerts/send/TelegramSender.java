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
import java.util.Objects;

/**
 * Sends a message through a Telegram bot to each of the channel's chats: the subject in bold, then the body in the
 * HTML Telegram reads. Every chat is tried; the delivery fails when one chat refuses (the error names the chat, never
 * the bot token, which rides in the URI's path) and is retried when one asks for it and none refused.
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
        List<SendResult> results = new ArrayList<>();
        for (String chat : channel.chatIds()) {
            results.add(webhook.post(uri, payload(chat, text), channel.secrets(), answer -> judge(answer, chat)));
        }
        return combined(results);
    }

    /** The subject in bold and the body as Telegram HTML; when that is too long, the body as escaped text, cut. */
    static String text(AlertMessage message) {
        String subject = Webhook.cut(message.subject(), TITLE_MAX);
        String title = "<b>" + escape(subject) + "</b>";
        String html = Rendering.telegramHtml(message.markdown()).strip();
        String text = html.isEmpty() ? title : title + "\n" + html;
        if (text.length() <= TEXT_MAX) {
            return text;
        }
        int room = TEXT_MAX - subject.length() - 1;
        return title + "\n" + escape(Webhook.cut(Rendering.plainText(message.markdown()).strip(), room));
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

    private SendResult judge(HttpAnswer answer, String chat) {
        JsonNode body = webhook.body(answer);
        if (answer.is2xx() && body.path("ok").asBoolean(false)) {
            return new SendResult.Delivered("HTTP " + answer.status());
        }
        String line = "chat " + chat + ": " + Webhook.text(body, "description").map(text -> "HTTP " + answer.status() + ": " + text)
                .orElseGet(() -> ErrorText.answer(answer.status(), answer.body()));
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        if (answer.status() == 429 && retryAfter.isNumber()) {
            return new SendResult.Retry(line, Duration.ofSeconds(retryAfter.asLong()));
        }
        return answer.is2xx() ? new SendResult.Failed(line) : HttpDelivery.refused(answer, line);
    }

    private static SendResult combined(List<SendResult> results) {
        List<String> failed = results.stream().filter(SendResult.Failed.class::isInstance).map(SendResult::error).toList();
        if (!failed.isEmpty()) {
            return new SendResult.Failed(String.join("; ", failed));
        }
        List<SendResult.Retry> retries = results.stream().filter(SendResult.Retry.class::isInstance).map(SendResult.Retry.class::cast).toList();
        if (!retries.isEmpty()) {
            Duration delay = retries.stream().map(SendResult.Retry::retryAfter).filter(Objects::nonNull).max(Duration::compareTo).orElse(null);
            return new SendResult.Retry(String.join("; ", retries.stream().map(SendResult.Retry::error).toList()), delay);
        }
        return results.getFirst();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
