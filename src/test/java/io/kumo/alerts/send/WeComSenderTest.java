package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.Severity;
import io.kumo.alerts.WeComSpec;
import io.kumo.testkit.LocalWebhookServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeComSenderTest {

    private static final String KEY = "693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa";
    private static final AlertMessage MESSAGE = RobotFixtures.FAILED;

    @AutoClose
    private final LocalWebhookServer server = LocalWebhookServer.start();
    @AutoClose
    private final HttpTransport http = RobotFixtures.transport();
    private final WeComSender sender = new WeComSender(http, Clock.systemUTC());

    @Test
    void postsMarkdownWithTheBoldSubjectToTheKeysWebhook() throws Exception {
        SendResult result = sender.send(MESSAGE, channel());

        LocalWebhookServer.Request request = server.next(RobotFixtures.WAIT);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200, errcode 0"));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(request.rawQuery()).isEqualTo("key=" + KEY);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("content").asText()).isEqualTo("**nightly-etl failed**\nExit code **3** after 2 m");
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("msgtype", "markdown");
    }

    @Test
    void theSubjectsMarkupIsInert() throws Exception {
        sender.send(new AlertMessage("job_a *x* failed", "b", EventKind.FAILURE, Severity.FAILURE, Map.of()), channel());

        String content = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body()).path("markdown").path("content").asText();
        assertThat(content).isEqualTo("**" + Rendering.escape("job_a *x* failed") + "**\nb").doesNotContain("*x*");
    }

    @Test
    void contentIsCutTo4096Utf8BytesOnACharacterBoundary() throws Exception {
        AlertMessage huge = new AlertMessage("s", "失败".repeat(3_000), EventKind.FAILURE, Severity.FAILURE, Map.of());

        sender.send(huge, channel());

        String content = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body()).path("markdown").path("content").asText();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content).startsWith("**s**\n失败").endsWith("…").doesNotContain("\uFFFD");
    }

    @ParameterizedTest
    @CsvSource({"45009, api freq out of limit", "-1, system busy"})
    void rateLimitAndSystemBusyAreRetriedLater(long code, String message) {
        server.answerAlways(200, "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}");

        SendResult result = sender.send(MESSAGE, channel());

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).contains(Long.toString(code)).contains(message);
    }

    @Test
    void anInvalidKeyIsFailedWithCodeAndMessageButNoKey() {
        server.answerAlways(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, key=" + KEY + "\"}");

        SendResult result = sender.send(MESSAGE, channel());

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("93000").contains("invalid webhook url").doesNotContain(KEY).doesNotContain("\n");
    }

    @Test
    void aDeadEndpointIsRetriedWithoutTheKeyInTheError() {
        String base = server.base();
        server.close();

        SendResult result = sender.send(MESSAGE, new WeComSpec(KEY, base));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).doesNotContain(KEY);
    }

    private WeComSpec channel() {
        return new WeComSpec(KEY, server.base());
    }
}
