package io.kumo.alerts.send;

import static io.kumo.alerts.send.WebhookFixture.MARKDOWN;
import static io.kumo.alerts.send.WebhookFixture.SUBJECT;
import static io.kumo.alerts.send.WebhookFixture.WAIT;
import static io.kumo.alerts.send.WebhookFixture.json;
import static io.kumo.alerts.send.WebhookFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.SlackSpec;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackSenderTest {

    static final String A = "T0A1B2C3D";
    static final String B = "B4E5F6G7H";
    static final String C = "xYz0123456789AbCdEfGhIjK";

    final WebhookFixture hooks = new WebhookFixture();
    final LocalWebhookServer server = hooks.server;
    final SlackSender sender = new SlackSender(hooks.http, Clock.systemUTC());

    @AfterEach
    void close() {
        hooks.close();
    }

    SlackSpec spec(String base) {
        return new SlackSpec("Kumo", A, B, C, "#ops", base);
    }

    @Test
    void postsAHeaderAndAMrkdwnSectionToTheWebhooksPath() {
        server.answerAlways(200, "ok");

        SendResult result = sender.send(message(), spec(server.base()));

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200 ok"));
        LocalWebhookServer.Request request = server.next(WAIT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/services/" + A + "/" + B + "/" + C);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = json(request);
        assertThat(body.path("text").asText()).isEqualTo(SUBJECT);
        assertThat(body.path("username").asText()).isEqualTo("Kumo");
        assertThat(body.path("channel").asText()).isEqualTo("#ops");
        JsonNode header = body.path("blocks").path(0);
        assertThat(header.path("type").asText()).isEqualTo("header");
        assertThat(header.path("text").path("type").asText()).isEqualTo("plain_text");
        assertThat(header.path("text").path("text").asText()).isEqualTo(SUBJECT);
        JsonNode section = body.path("blocks").path(1);
        assertThat(section.path("type").asText()).isEqualTo("section");
        assertThat(section.path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(section.path("text").path("text").asText()).isEqualTo(Rendering.slackMrkdwn(MARKDOWN))
                .contains("*backup*", "<https://kumo.example/run/7|Open the run>");
        assertThat(body.path("blocks").size()).isEqualTo(2);
    }

    @Test
    void leavesOutUsernameAndChannelTheUrlDoesNotName() {
        server.answerAlways(200, "ok");

        sender.send(message(), new SlackSpec(null, A, B, C, null, server.base()));

        JsonNode body = json(server.next(WAIT));
        assertThat(body.has("username")).isFalse();
        assertThat(body.has("channel")).isFalse();
    }

    @Test
    void cutsTheSectionAtSlacks3000Characters() {
        server.answerAlways(200, "ok");

        sender.send(message(SUBJECT, "x".repeat(5000)), spec(server.base()));

        String text = json(server.next(WAIT)).path("blocks").path(1).path("text").path("text").asText();
        assertThat(text).hasSize(3000).endsWith("…");
    }

    @Test
    void a200WhoseBodyIsNotOkIsAFailure() {
        server.answerAlways(200, "no_text");

        assertThat(sender.send(message(), spec(server.base()))).isEqualTo(new SendResult.Failed("HTTP 200: no_text"));
    }

    @Test
    void a400SurfacesSlacksErrorWordAndIsNotRetried() {
        server.answerAlways(400, "invalid_payload");

        SendResult result = sender.send(message(), spec(server.base()));

        assertThat(result).isEqualTo(new SendResult.Failed("HTTP 400: invalid_payload"));
    }

    @Test
    void aRateLimitIsRetriedAfterSlacksRetryAfter() {
        server.thenAnswer(new LocalWebhookServer.Answer(429, "rate_limited", Map.of("Retry-After", "30")));

        assertThat(sender.send(message(), spec(server.base()))).isEqualTo(new SendResult.Retry("HTTP 429: rate_limited", Duration.ofSeconds(30)));
    }

    @Test
    void aServerErrorIsRetried() {
        server.answerAlways(500, "rollup_error");

        assertThat(sender.send(message(), spec(server.base()))).isEqualTo(new SendResult.Retry("HTTP 500: rollup_error", null));
    }

    @Test
    void aDeadEndpointIsRetriedAndItsErrorNamesNoToken() {
        String dead = WebhookFixture.deadBase();

        SendResult result = sender.send(message(), spec(dead));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).startsWith("connection refused (127.0.0.1:").doesNotContain(A, B, C, "services");
    }

    @Test
    void anErrorThatEchoesATokenShowsItMasked() {
        server.answerAlways(404, "no_service for " + C);

        assertThat(sender.send(message(), spec(server.base())).error()).isEqualTo("HTTP 404: no_service for ******");
    }

    @Test
    void theFallbackTextEscapesSlacksControlCharacters() {
        server.answerAlways(200, "ok");

        sender.send(message("<!channel> a & b > c", "body"), spec(server.base()));

        JsonNode body = json(server.next(WAIT));
        assertThat(body.path("text").asText()).isEqualTo("&lt;!channel&gt; a &amp; b &gt; c");
        assertThat(body.path("blocks").path(0).path("text").path("text").asText()).isEqualTo("<!channel> a & b > c");
    }
}
