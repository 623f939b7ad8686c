package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.NtfySpec;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NtfySenderTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AlertMessage FAILED = new AlertMessage("backup failed", "Task **backup** failed", EventKind.FAILURE,
            Severity.FAILURE, Map.of("run_id", "42", "link", "kumo://runs/42"));

    private final LocalWebhookServer hooks = LocalWebhookServer.start();
    private final HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, WAIT, WAIT);
    private final NtfySender sender = new NtfySender(http, TestCores.fixedClock());

    @AfterEach
    void stop() {
        http.close();
        hooks.close();
    }

    private SendResult send(AlertMessage message, String url) {
        return sender.send(message, (NtfySpec) ChannelUrl.parse(url));
    }

    private String server() {
        return hooks.base().substring("http://".length());
    }

    @Test
    void privateServerGetsAJsonPublishOnItsRootWithPriorityTagsAndMarkdown() throws IOException {
        SendResult result = send(FAILED, "ntfy://" + server() + "/kumo-alerts");

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200"));
        LocalWebhookServer.Request request = hooks.next(WAIT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.header("Authorization")).isNull();
        assertThat(new ObjectMapper().readTree(request.body()).toString()).isEqualTo("{\"topic\":\"kumo-alerts\",\"title\":\"backup failed\","
                + "\"message\":\"Task **backup** failed\",\"priority\":4,\"tags\":[\"rotating_light\"],\"markdown\":true,\"click\":\"kumo://runs/42\"}");
    }

    @Test
    void successIsPublishedAtDefaultPriorityWithACheckMark() throws IOException {
        send(new AlertMessage("backup ok", "fine", EventKind.SUCCESS, Severity.SUCCESS, Map.of()), "ntfy://" + server() + "/kumo");

        var body = new ObjectMapper().readTree(hooks.next(WAIT).body());
        assertThat(body.get("priority").asInt()).isEqualTo(3);
        assertThat(body.get("tags").get(0).asText()).isEqualTo("white_check_mark");
        assertThat(body.has("click")).isFalse();
    }

    @Test
    void cloudTopicsGoToTheBaseOnePublishEach() throws IOException {
        send(FAILED, "ntfy://kumo-alerts?to=kumo-backup&base=" + hooks.base());

        assertThat(new ObjectMapper().readTree(hooks.next(WAIT).body()).get("topic").asText()).isEqualTo("kumo-alerts");
        assertThat(new ObjectMapper().readTree(hooks.next(WAIT).body()).get("topic").asText()).isEqualTo("kumo-backup");
    }

    @Test
    void accessTokenIsSentAsBearer() {
        send(FAILED, "ntfy://tk_abc123@" + server() + "/kumo");

        assertThat(hooks.next(WAIT).header("Authorization")).isEqualTo("Bearer tk_abc123");
    }

    @Test
    void userAndPasswordAreSentAsBasic() {
        send(FAILED, "ntfy://ops:pa%3Ass@" + server() + "/kumo");

        assertThat(hooks.next(WAIT).header("Authorization")).isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("ops:pa:ss".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void forbiddenShowsNtfysErrorAndCodeAndFailsForGood() {
        hooks.answerAlways(403, "{\"code\":40301,\"http\":403,\"error\":\"forbidden\",\"link\":\"https://ntfy.sh/docs/publish/#authentication\"}");

        SendResult result = send(FAILED, "ntfy://" + server() + "/kumo");

        assertThat(result).isEqualTo(new SendResult.Failed("topic kumo: HTTP 403: forbidden (40301)"));
    }

    @Test
    void rateLimitIsWorthAnotherTry() {
        hooks.answerAlways(429, "{\"code\":42901,\"http\":429,\"error\":\"limit reached: too many requests\"}");

        SendResult result = send(FAILED, "ntfy://" + server() + "/kumo");

        assertThat(result).isEqualTo(new SendResult.Retry("topic kumo: HTTP 429: limit reached: too many requests (42901)", null));
    }

    @Test
    void aFailingTopicDoesNotKeepTheNextFromTheMessage() {
        hooks.thenAnswer(LocalWebhookServer.Answer.of(403, "{\"code\":40301,\"error\":\"forbidden\"}"), LocalWebhookServer.Answer.of(200, "{}"));

        SendResult result = send(FAILED, "ntfy://" + server() + "/closed/open");

        assertThat(result).isEqualTo(new SendResult.Failed("delivered to 1 of 2; topic closed: HTTP 403: forbidden (40301)"));
        assertThat(hooks.requests()).hasSize(2);
    }

    @Test
    void aLongMessageIsCutTo4096BytesAndALongTitleTo200Characters() throws IOException {
        send(new AlertMessage("t".repeat(300), "失败".repeat(2_000), EventKind.FAILURE, Severity.FAILURE, Map.of()), "ntfy://" + server() + "/kumo");

        var body = new ObjectMapper().readTree(hooks.next(WAIT).body());
        assertThat(body.get("message").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(body.get("message").asText()).startsWith("失败").endsWith("…");
        assertThat(body.get("title").asText()).hasSize(200).endsWith("…");
    }

    @Test
    void anAnswerEchoingTheBasicHeaderIsMasked() {
        String encoded = java.util.Base64.getEncoder().encodeToString("ops:s3cret-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        hooks.answerAlways(400, "{\"error\":\"bad header Basic " + encoded + "\"}");

        SendResult result = send(FAILED, "ntfy://ops:s3cret-pw@" + server() + "/kumo");

        assertThat(result.error()).contains("bad header Basic").doesNotContain(encoded);
    }
}
