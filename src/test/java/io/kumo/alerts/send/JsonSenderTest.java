package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.JsonSpec;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonSenderTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AlertMessage FAILED = new AlertMessage("backup failed", "Task **backup** failed", EventKind.FAILURE,
            Severity.FAILURE, Map.of("run_id", "42", "task", "backup"));

    private final LocalWebhookServer hooks = LocalWebhookServer.start();
    private final HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, WAIT, WAIT);
    private final JsonSender sender = new JsonSender(http, TestCores.fixedClock());

    @AfterEach
    void stop() {
        http.close();
        hooks.close();
    }

    private SendResult send(String rest) {
        return sender.send(FAILED, (JsonSpec) ChannelUrl.parse("json://" + hooks.base().substring("http://".length()) + rest));
    }

    @Test
    void postsAppriseShapedPayloadWithKumoFactsToThePathKept() throws IOException {
        SendResult result = send("/hooks/kumo?-source=kumo&+X-Team=ops");

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 200"));
        LocalWebhookServer.Request request = hooks.next(WAIT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/kumo");
        assertThat(request.rawQuery()).isEqualTo("source=kumo");
        assertThat(request.header("X-Team")).isEqualTo("ops");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Authorization")).isNull();
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.toString()).isEqualTo("{\"version\":\"1.0\",\"title\":\"backup failed\",\"message\":\"Task **backup** failed\","
                + "\"type\":\"failure\",\"kumo\":{\"run_id\":\"42\",\"task\":\"backup\"}}");
    }

    @Test
    void fieldRewritesRenameRemoveAndAdd() throws IOException {
        send("/?:message=text&:version=&:source=kumo&method=put");

        LocalWebhookServer.Request request = hooks.next(WAIT);
        assertThat(request.method()).isEqualTo("PUT");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.has("version")).isFalse();
        assertThat(body.has("message")).isFalse();
        assertThat(body.get("text").asText()).isEqualTo("Task **backup** failed");
        assertThat(body.get("source").asText()).isEqualTo("kumo");
    }

    @Test
    void userAndPasswordSendBasicAuthentication() {
        String base = hooks.base().substring("http://".length());
        sender.send(FAILED, (JsonSpec) ChannelUrl.parse("json://kumo:p%40ss@" + base + "/hook"));

        assertThat(hooks.next(WAIT).header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("kumo:p@ss".getBytes()));
    }

    @Test
    void serverErrorIsWorthAnotherTryHonouringRetryAfter() {
        hooks.thenAnswer(new LocalWebhookServer.Answer(503, "busy", Map.of("Retry-After", "7")));

        SendResult result = send("/hook");

        assertThat(result).isEqualTo(new SendResult.Retry("HTTP 503: busy", Duration.ofSeconds(7)));
    }

    @Test
    void clientErrorFailsForGoodWithTheAnswerAndNoSecretHeader() {
        hooks.answerAlways(401, "bad token tok-123 for you");

        SendResult result = send("/hook?+Authorization=Bearer%20tok-123");

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).startsWith("HTTP 401: bad token").doesNotContain("tok-123");
    }

    @Test
    void deadEndpointIsWorthAnotherTry() {
        int port = hooks.port();
        hooks.close();

        SendResult result = sender.send(FAILED, (JsonSpec) ChannelUrl.parse("json://127.0.0.1:" + port + "/hook"));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(result.error()).isEqualTo("connection refused (127.0.0.1:" + port + ")");
    }
}
