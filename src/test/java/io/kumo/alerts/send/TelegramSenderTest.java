package io.kumo.alerts.send;

import static io.kumo.alerts.send.WebhookFixture.MARKDOWN;
import static io.kumo.alerts.send.WebhookFixture.SUBJECT;
import static io.kumo.alerts.send.WebhookFixture.WAIT;
import static io.kumo.alerts.send.WebhookFixture.json;
import static io.kumo.alerts.send.WebhookFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.TelegramSpec;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramSenderTest {

    static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw-_";
    static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1}}";
    static final String CHAT_NOT_FOUND = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}";

    final WebhookFixture hooks = new WebhookFixture();
    final LocalWebhookServer server = hooks.server;
    final TelegramSender sender = new TelegramSender(hooks.http, Clock.systemUTC());

    @AfterEach
    void close() {
        hooks.close();
    }

    TelegramSpec spec(String... chats) {
        return new TelegramSpec(TOKEN, List.of(chats), server.base());
    }

    @Test
    void sendsTheSubjectInBoldAndTheBodyAsTelegramHtmlToEachChat() {
        server.answerAlways(200, OK);

        SendResult result = sender.send(message(), spec("-1001234567890", "@ops_channel"));

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200"));
        LocalWebhookServer.Request first = server.next(WAIT);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(first.rawQuery()).isNull();
        assertThat(first.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = json(first);
        assertThat(body.path("chat_id").isNumber()).isTrue();
        assertThat(body.path("chat_id").asLong()).isEqualTo(-1001234567890L);
        assertThat(body.path("text").asText()).isEqualTo("<b>" + SUBJECT + "</b>\n" + Rendering.telegramHtml(MARKDOWN).strip())
                .contains("<b>backup</b>", "<a href=\"https://kumo.example/run/7\">Open the run</a>");
        assertThat(body.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.path("disable_web_page_preview").asBoolean()).isTrue();
        assertThat(json(server.next(WAIT)).path("chat_id").asText()).isEqualTo("@ops_channel");
    }

    @Test
    void escapesTheSubjectAndFallsBackToCutPlainTextPastTelegrams4096Characters() {
        server.answerAlways(200, OK);

        sender.send(message("a < b & c", "**" + "y".repeat(5000) + "**"), spec("42"));

        String text = json(server.next(WAIT)).path("text").asText();
        assertThat(text).startsWith("<b>a &lt; b &amp; c</b>\n" + "y".repeat(100)).endsWith("…").doesNotContain("**");
        String visible = text.replace("<b>", "").replace("</b>", "").replace("&lt;", "<").replace("&amp;", "&");
        assertThat(visible).hasSizeLessThanOrEqualTo(4096).hasSizeGreaterThan(4000);
    }

    @Test
    void a400SurfacesTelegramsDescriptionNamingTheChat() {
        server.answerAlways(400, CHAT_NOT_FOUND);

        assertThat(sender.send(message(), spec("-42"))).isEqualTo(new SendResult.Failed("chat -42: HTTP 400: Bad Request: chat not found"));
    }

    @Test
    void oneRefusingChatOfSeveralFailsTheDeliveryAfterTheOthersWereTried() {
        server.thenAnswer(LocalWebhookServer.Answer.of(400, CHAT_NOT_FOUND), LocalWebhookServer.Answer.of(200, OK));

        SendResult result = sender.send(message(), spec("@gone_channel", "42"));

        assertThat(result).isEqualTo(new SendResult.Failed("delivered to 1 of 2; chat @gone_channel: HTTP 400: Bad Request: chat not found"));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a429IsRetriedAfterTelegramsRetryAfter() {
        server.answerAlways(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 5\",\"parameters\":{\"retry_after\":5}}");

        assertThat(sender.send(message(), spec("42")))
                .isEqualTo(new SendResult.Retry("chat 42: HTTP 429: Too Many Requests: retry after 5", Duration.ofSeconds(5)));
    }

    @Test
    void a200ThatIsNotOkIsAFailure() {
        server.answerAlways(200, "{\"ok\":false,\"description\":\"Bad Request: message text is empty\"}");

        assertThat(sender.send(message(), spec("42"))).isInstanceOf(SendResult.Failed.class);
    }

    @Test
    void noErrorCarriesTheBotTokenWhichRidesInThePath() {
        server.answerAlways(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: bot" + TOKEN + "\"}");
        SendResult refused = sender.send(message(), spec("42"));
        SendResult dead = sender.send(message(), new TelegramSpec(TOKEN, List.of("42"), WebhookFixture.deadBase()));

        assertThat(refused.error()).isEqualTo("chat 42: HTTP 401: Unauthorized: bot******");
        assertThat(dead).isInstanceOf(SendResult.Retry.class);
        assertThat(dead.error()).startsWith("chat 42: connection refused (127.0.0.1:");
        for (SendResult result : List.of(refused, dead)) {
            assertThat(result.error()).doesNotContain(TOKEN, TOKEN.substring(TOKEN.indexOf(':') + 1), "sendMessage");
        }
    }

    @Test
    void aRetryWorthyChatDoesNotKeepTheOthersFromTheMessageAndTheErrorSaysWhoGotIt() {
        server.thenAnswer(LocalWebhookServer.Answer.of(502, "bad gateway"), LocalWebhookServer.Answer.of(200, OK));

        SendResult result = sender.send(message(), spec("41", "42"));

        assertThat(result).isEqualTo(new SendResult.Retry("delivered to 1 of 2; chat 41: HTTP 502: bad gateway", null));
        assertThat(server.requests()).hasSize(2);
    }
}
