package io.kumo.alerts.send;

import static io.kumo.alerts.send.WebhookFixture.MARKDOWN;
import static io.kumo.alerts.send.WebhookFixture.SUBJECT;
import static io.kumo.alerts.send.WebhookFixture.WAIT;
import static io.kumo.alerts.send.WebhookFixture.json;
import static io.kumo.alerts.send.WebhookFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DiscordSpec;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscordSenderTest {

    static final String ID = "112233445566778899";
    static final String TOKEN = "AbC-dEf_GhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012";

    final WebhookFixture hooks = new WebhookFixture();
    final LocalWebhookServer server = hooks.server;
    final DiscordSender sender = new DiscordSender(hooks.http, Clock.systemUTC());

    @AfterEach
    void close() {
        hooks.close();
    }

    DiscordSpec spec() {
        return new DiscordSpec("Kumo", ID, TOKEN, server.base());
    }

    @Test
    void postsContentAndAnEmbedColouredBySeverityAskingDiscordToWait() {
        server.answerAlways(200, "{\"id\":\"1\",\"type\":0}");

        SendResult result = sender.send(message(), spec());

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200"));
        LocalWebhookServer.Request request = server.next(WAIT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/webhooks/" + ID + "/" + TOKEN);
        assertThat(request.rawQuery()).isEqualTo("wait=true");
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = json(request);
        assertThat(body.path("username").asText()).isEqualTo("Kumo");
        assertThat(body.path("content").asText()).isEqualTo(SUBJECT);
        JsonNode embed = body.path("embeds").path(0);
        assertThat(body.path("embeds").size()).isEqualTo(1);
        assertThat(embed.path("title").asText()).isEqualTo(SUBJECT);
        assertThat(embed.path("description").asText()).isEqualTo(MARKDOWN);
        assertThat(embed.path("color").asInt()).isEqualTo(10690615);
    }

    @Test
    void colourFollowsSeverityAndLongTextIsCutToDiscordsLimits() {
        server.answerAlways(204, "");

        AlertMessage recovery = new AlertMessage("s".repeat(3000), "d".repeat(5000), EventKind.RECOVERY, Severity.SUCCESS, Map.of());
        assertThat(sender.send(recovery, spec())).isEqualTo(new SendResult.Delivered("HTTP 204"));

        JsonNode body = json(server.next(WAIT));
        assertThat(body.path("content").asText()).hasSize(2000).endsWith("…");
        assertThat(body.path("embeds").path(0).path("title").asText()).hasSize(256);
        assertThat(body.path("embeds").path(0).path("description").asText()).hasSize(4096).endsWith("…");
        assertThat(body.path("embeds").path(0).path("color").asInt()).isEqualTo(0x3AA337);
        assertThat(body.has("username")).isTrue();
    }

    @Test
    void a429IsRetriedAfterDiscordsRetryAfterSeconds() {
        server.answerAlways(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":1.234,\"global\":false}");

        SendResult result = sender.send(message(), spec());

        assertThat(result).isEqualTo(new SendResult.Retry("HTTP 429: You are being rate limited. (retry after 1.234 s)", Duration.ofMillis(1234)));
    }

    @Test
    void aRefusalSurfacesDiscordsMessageAndCode() {
        server.answerAlways(400, "{\"code\":50006,\"message\":\"Cannot send an empty message\"}");

        assertThat(sender.send(message(), spec())).isEqualTo(new SendResult.Failed("HTTP 400: Cannot send an empty message (code 50006)"));
    }

    @Test
    void anUnknownWebhookFailsWithoutNamingItsToken() {
        server.answerAlways(404, "{\"message\":\"Unknown Webhook\",\"code\":10015}");

        SendResult result = sender.send(message(), spec());

        assertThat(result).isEqualTo(new SendResult.Failed("HTTP 404: Unknown Webhook (code 10015)"));
        assertThat(result.error()).doesNotContain(TOKEN);
    }

    @Test
    void mentionsInTheTextPingNoOne() {
        server.answerAlways(200, "{\"id\":\"1\",\"type\":0}");

        sender.send(message("@everyone backup failed <@&123>", "ping @here"), spec());

        JsonNode allowed = json(server.next(WAIT)).path("allowed_mentions");
        assertThat(allowed.path("parse").isArray()).isTrue();
        assertThat(allowed.path("parse").size()).isZero();
    }
}
