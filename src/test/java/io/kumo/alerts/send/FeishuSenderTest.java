package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.FeishuSpec;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeishuSenderTest {

    private static final String TOKEN = "0fa8e6a4-aaaa-bbbb-cccc-2e3b4c5d6e7f";
    private static final String SECRET = "abcdefgh12345678";
    private static final long SECONDS = 1_700_000_000L;
    private static final AlertMessage MESSAGE = RobotFixtures.FAILED;

    @AutoClose
    private final LocalWebhookServer server = LocalWebhookServer.start();
    @AutoClose
    private final HttpTransport http = RobotFixtures.transport();
    private final FeishuSender sender = new FeishuSender(http, Clock.fixed(Instant.ofEpochSecond(SECONDS, 999_000_000), ZoneOffset.UTC));

    @Test
    void postsAnInteractiveCardToTheTokensHook() throws Exception {
        SendResult result = sender.send(MESSAGE, new FeishuSpec(TOKEN, null, server.base()));

        LocalWebhookServer.Request request = server.next(RobotFixtures.WAIT);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200, code 0"));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/open-apis/bot/v2/hook/" + TOKEN);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("msg_type", "card");
        assertThat(body.path("msg_type").asText()).isEqualTo("interactive");
        JsonNode card = body.path("card");
        assertThat(card.path("config").path("wide_screen_mode").asBoolean()).isTrue();
        assertThat(card.path("header").path("title").path("tag").asText()).isEqualTo("plain_text");
        assertThat(card.path("header").path("title").path("content").asText()).isEqualTo("nightly-etl failed");
        assertThat(card.path("header").path("template").asText()).isEqualTo("red");
        assertThat(card.path("elements")).hasSize(1);
        assertThat(card.path("elements").get(0).path("tag").asText()).isEqualTo("markdown");
        assertThat(card.path("elements").get(0).path("content").asText()).isEqualTo("Exit code **3** after 2 m");
    }

    @Test
    void signedBotGetsSecondsAsStringAndTheDocsSignInTheBody() throws Exception {
        sender.send(MESSAGE, new FeishuSpec(TOKEN, SECRET, server.base()));

        JsonNode body = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body());
        assertThat(body.path("timestamp").isTextual()).isTrue();
        assertThat(body.path("timestamp").asText()).isEqualTo("1700000000");
        assertThat(body.path("sign").asText()).isEqualTo("+LA8ulgvhwicuU9myklAixg//YUsff55BRY6GDPTjBY=")
                .isEqualTo(DocsHmac.base64(SECONDS + "\n" + SECRET, ""));
        assertThat(body.path("msg_type").asText()).isEqualTo("interactive");
    }

    @ParameterizedTest
    @CsvSource({"FAILURE,red", "WARNING,orange", "SUCCESS,green", "INFO,blue"})
    void headerColourFollowsTheSeverity(Severity severity, String template) throws Exception {
        sender.send(new AlertMessage("s", "b", EventKind.TEST, severity, Map.of()), new FeishuSpec(TOKEN, null, server.base()));

        JsonNode body = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body());
        assertThat(body.path("card").path("header").path("template").asText()).isEqualTo(template);
    }

    @Test
    void signMatchFailInAnHttp200IsFailedWithoutTheSignature() {
        server.answerAlways(200, "{\"code\":19021,\"data\":{},\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");

        SendResult result = sender.send(MESSAGE, new FeishuSpec(TOKEN, SECRET, server.base()));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("19021").contains("sign match fail");
        assertNoSecretIn(result.error());
    }

    @Test
    void olderStatusCodeAnswersAreRead() {
        server.answerAlways(200, "{\"Extra\":null,\"StatusCode\":0,\"StatusMessage\":\"success\"}");

        assertThat(sender.send(MESSAGE, new FeishuSpec(TOKEN, null, server.base()))).isEqualTo(new SendResult.Delivered("HTTP 200, StatusCode 0"));
    }

    @Test
    void frequencyLimitedIsRetriedEvenWhenAnsweredWithHttp400() {
        server.answerAlways(400, "{\"code\":11232,\"msg\":\"frequency limited psm[lark.oapi.app_platform_runtime]\"}");

        SendResult result = sender.send(MESSAGE, new FeishuSpec(TOKEN, SECRET, server.base()));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).contains("11232").contains("HTTP 400");
    }

    @Test
    void badRequestIsFailedWithItsCode() {
        server.answerAlways(400, "{\"code\":9499,\"msg\":\"Bad Request\",\"data\":{}}");

        SendResult result = sender.send(MESSAGE, new FeishuSpec(TOKEN, null, server.base()));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("9499").contains("Bad Request");
    }

    @Test
    void aHugeBodyKeepsTheRequestWithinFeishus20Kilobytes() {
        AlertMessage huge = new AlertMessage("s", "\"引号\"\n".repeat(5_000), EventKind.FAILURE, Severity.FAILURE, Map.of());

        sender.send(huge, new FeishuSpec(TOKEN, SECRET, server.base()));

        String body = server.next(RobotFixtures.WAIT).body();
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20 * 1024);
        assertThat(body).contains("…");
    }

    @Test
    void aDeadEndpointIsRetriedWithoutSecretsInTheError() {
        String base = server.base();
        server.close();

        SendResult result = sender.send(MESSAGE, new FeishuSpec(TOKEN, SECRET, base));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertNoSecretIn(result.error());
    }

    private static void assertNoSecretIn(String error) {
        assertThat(error).doesNotContain(TOKEN).doesNotContain(SECRET).doesNotContain("+LA8ulgvhwicuU9myklAixg").doesNotContain("\n");
    }
}
