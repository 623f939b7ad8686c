package io.kumo.alerts.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Severity;
import io.kumo.testkit.LocalWebhookServer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * What the chat senders' tests share: a local webhook server and a transport without proxies (closed together), a
 * failure message, a request's JSON body, a dead port.
 */
final class WebhookFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SUBJECT = "backup failed on build-01";
    static final String MARKDOWN = "Task **backup** exited with code 2 after 3 s.\n\n[Open the run](https://kumo.example/run/7)";

    final LocalWebhookServer server = LocalWebhookServer.start();
    final HttpTransport http = transport();

    @Override
    public void close() {
        http.close();
        server.close();
    }

    static HttpTransport transport() {
        return new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    static AlertMessage message() {
        return message(SUBJECT, MARKDOWN);
    }

    static AlertMessage message(String subject, String markdown) {
        return new AlertMessage(subject, markdown, EventKind.FAILURE, Severity.FAILURE, Map.of("run_id", "7"));
    }

    static JsonNode json(LocalWebhookServer.Request request) {
        try {
            return new ObjectMapper().readTree(request.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the body is no JSON: " + request.body(), e);
        }
    }

    /** A loopback base where nothing listens any more. */
    static String deadBase() {
        try (LocalWebhookServer gone = LocalWebhookServer.start()) {
            return gone.base();
        }
    }
}
