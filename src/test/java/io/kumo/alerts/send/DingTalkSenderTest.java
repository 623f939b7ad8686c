package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DingTalkSpec;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DingTalkSenderTest {

    private static final String TOKEN = "a1b2c3d4e5f6";
    private static final String SECRET = "SEC0123456789abcdef";
    private static final AlertMessage MESSAGE = RobotFixtures.FAILED;

    @AutoClose
    private final LocalWebhookServer server = LocalWebhookServer.start();
    @AutoClose
    private final HttpTransport http = RobotFixtures.transport();

    @Test
    void signedRobotGetsTokenMillisAndUrlEncodedSignInTheQuery() throws Exception {
        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        LocalWebhookServer.Request request = server.next(RobotFixtures.WAIT);
        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200, errcode 0"));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/robot/send");
        assertThat(request.rawQuery()).isEqualTo("access_token=" + TOKEN
                + "&timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D");
    }

    @Test
    void signIsTheDocsHmacOfMillisAndSecretKeyedWithTheSecret() throws Exception {
        long millis = 1_700_000_000_001L;
        sender(millis).send(MESSAGE, signed(List.of()));

        Map<String, String> query = query(server.next(RobotFixtures.WAIT).rawQuery());
        assertThat(query).containsEntry("timestamp", Long.toString(millis))
                .containsEntry("sign", DocsHmac.base64(SECRET, millis + "\n" + SECRET));
    }

    @Test
    void postsMarkdownWithTheSubjectAsTitleAndHeadingAndMentionsThePhones() throws Exception {
        sender(1_700_000_000_000L).send(MESSAGE, signed(List.of("13800000000", "13900000000")));

        LocalWebhookServer.Request request = server.next(RobotFixtures.WAIT);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asText()).isEqualTo("nightly-etl failed");
        assertThat(body.path("markdown").path("text").asText())
                .isEqualTo("#### nightly-etl failed\n\nExit code **3** after 2 m\n\n@13800000000 @13900000000");
        assertThat(body.path("at").path("atMobiles")).extracting(JsonNode::asText).containsExactly("13800000000", "13900000000");
        assertThat(body.path("at").path("isAtAll").isBoolean()).isTrue();
        assertThat(body.path("at").path("isAtAll").asBoolean()).isFalse();
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("msgtype", "markdown", "at");
    }

    @Test
    void theSubjectsMarkupIsInertInTheTextButPlainInTheTitle() throws Exception {
        AlertMessage message = new AlertMessage("job_a @all failed", "b", EventKind.FAILURE, Severity.FAILURE, Map.of());

        sender(1_700_000_000_000L).send(message, signed(List.of()));

        JsonNode markdown = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body()).path("markdown");
        assertThat(markdown.path("title").asText()).isEqualTo("job_a @all failed");
        assertThat(markdown.path("text").asText()).startsWith("#### " + Rendering.escape("job_a @all failed") + "\n\n")
                .doesNotContain("job_a @all");
    }

    @Test
    void unsignedRobotGetsOnlyItsToken() {
        sender(1_700_000_000_000L).send(MESSAGE, new DingTalkSpec(TOKEN, null, List.of(), server.base()));

        assertThat(server.next(RobotFixtures.WAIT).rawQuery()).isEqualTo("access_token=" + TOKEN);
    }

    @Test
    void signNotMatchInAnHttp200IsFailedNamingCodeAndMessage() {
        server.answerAlways(200, "{\"errcode\":310000,\"errmsg\":\"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]\"}");

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("310000").contains("sign not match");
        assertNoSecretIn(result.error());
    }

    @ParameterizedTest
    @CsvSource({"130101, 'send too fast, exceed 20 times per minute'", "-1, system busy"})
    void sendTooFastAndSystemBusyAreRetriedLater(long code, String message) {
        server.answerAlways(200, "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}");

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).contains(Long.toString(code)).contains(message);
    }

    @Test
    void anAnswerEchoingTheTokenIsMasked() {
        server.answerAlways(200, "{\"errcode\":300001,\"errmsg\":\"token " + TOKEN + " is not exist\"}");

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("300001").contains("******");
        assertNoSecretIn(result.error());
    }

    @Test
    void serverErrorIsRetriedAndKeepsItsRetryAfter() {
        server.thenAnswer(new LocalWebhookServer.Answer(503, "busy", Map.of("Retry-After", "30")));

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        assertThat(result).isEqualTo(new SendResult.Retry("HTTP 503: busy", Duration.ofSeconds(30)));
    }

    @Test
    void anAnswerWithoutErrcodeIsNotTakenForDelivered() {
        server.answerAlways(200, "<html>proxy login</html>");

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, signed(List.of()));

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("without a result code");
    }

    @Test
    void aDeadEndpointIsRetriedWithoutSecretsInTheError() {
        String base = server.base();
        server.close();

        SendResult result = sender(1_700_000_000_000L).send(MESSAGE, new DingTalkSpec(TOKEN, SECRET, List.of(), base));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).contains("127.0.0.1");
        assertNoSecretIn(result.error());
    }

    @Test
    void aHugeBodyIsCutToDingTalksLimitKeepingTheMentions() throws Exception {
        AlertMessage huge = new AlertMessage("s", "日志".repeat(10_000), EventKind.FAILURE, Severity.FAILURE, Map.of());

        sender(1_700_000_000_000L).send(huge, signed(List.of("13800000000")));

        String text = new ObjectMapper().readTree(server.next(RobotFixtures.WAIT).body()).path("markdown").path("text").asText();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DingTalkSender.TEXT_BYTES);
        assertThat(text).endsWith("…\n\n@13800000000");
    }

    private DingTalkSender sender(long millis) {
        return new DingTalkSender(http, Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }

    private DingTalkSpec signed(List<String> phones) {
        return new DingTalkSpec(TOKEN, SECRET, phones, server.base());
    }

    private static void assertNoSecretIn(String error) {
        assertThat(error).doesNotContain(TOKEN).doesNotContain(SECRET).doesNotContain("TSZbRFUuvaSQaRKUpF970OPCb2")
                .doesNotContain("\n");
    }

    private static Map<String, String> query(String rawQuery) {
        return java.util.Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
