package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.JsonSpec;
import io.kumo.testkit.LocalWebhookServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport's bounds: a stalled body, a huge body, and closing with a request in flight. */
@Timeout(60) // a guard: before these bounds existed, the stalled-body tests hung for ever
class HttpTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final StallingServer stalling = new StallingServer();

    @AfterEach
    void stop() throws IOException {
        stalling.close();
    }

    @Test
    void headersThenAStalledBodyIsRetriedAsNoAnswerInTime() {
        try (HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(1), Duration.ofSeconds(1))) {
            SendResult result = new JsonSender(http, Clock.systemUTC()).send(WebhookFixture.message(), stalling.channel());

            assertThat(result).isInstanceOf(SendResult.Retry.class);
            assertThat(result.error()).startsWith("no answer in time (127.0.0.1:");
        }
    }

    @Test
    void closeReturnsWhileABodyIsStalledAndTheSendEndsAsARetry() throws Exception {
        HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, Duration.ofSeconds(30), Duration.ofSeconds(300));
        CompletableFuture<SendResult> sending = CompletableFuture.supplyAsync(
                () -> new JsonSender(http, Clock.systemUTC()).send(WebhookFixture.message(), stalling.channel()));
        assertThat(stalling.headersSent.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        http.close();

        SendResult result = sending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(SendResult.Retry.class);
    }

    @Test
    void aClosedTransportSendsNothing() {
        try (LocalWebhookServer server = LocalWebhookServer.start()) {
            HttpTransport http = new HttpTransport(HttpClient.Builder.NO_PROXY, WAIT, WAIT);
            http.close();

            assertThatThrownBy(() -> http.send("POST", URI.create(server.base() + "/hook"), Map.of(), "{}"))
                    .isInstanceOf(IOException.class).hasMessageContaining("shutting down");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void aHugeAnswerIsReadOnlyUpToTheCap() throws Exception {
        try (LocalWebhookServer server = LocalWebhookServer.start(); HttpTransport http = WebhookFixture.transport()) {
            server.answerAlways(500, "x".repeat(1_000_000));

            HttpAnswer answer = http.send("POST", URI.create(server.base() + "/hook"), Map.of(), "{}");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body()).hasSize(HttpTransport.BODY_MAX);
        }
    }

    /** Answers the first request with headers promising 1000 bytes, sends 10 and then nothing, holding the socket open. */
    private static final class StallingServer implements AutoCloseable {

        final CountDownLatch headersSent = new CountDownLatch(1);
        private final ServerSocket socket;
        private final Thread thread;
        private volatile Socket accepted;

        StallingServer() {
            try {
                socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            thread = Thread.ofVirtual().name("stalling-server").start(this::serve);
        }

        JsonSpec channel() {
            return (JsonSpec) ChannelUrl.parse("json://127.0.0.1:" + socket.getLocalPort() + "/hook");
        }

        private void serve() {
            try {
                accepted = socket.accept();
                InputStream in = accepted.getInputStream();
                int matched = 0;
                byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                while (matched < end.length) { // the request's head; its small body stays unread
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
                }
                OutputStream out = accepted.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\n0123456789".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                headersSent.countDown();
            } catch (IOException closed) {
                // the test ended
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            if (accepted != null) {
                accepted.close();
            }
        }
    }
}
