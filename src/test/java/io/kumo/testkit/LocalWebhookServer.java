package io.kumo.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server on loopback standing in for a vendor's webhook endpoint: it records every request (method, path,
 * raw query, headers, body) and answers as scripted — by default {@code 200 {"errcode":0,"code":0,"ok":true}}.
 * Point a channel at it with {@code ?base=} + {@link #base()}. It can also hold requests unanswered until released
 * (a slow endpoint) — tests prove "does not delay runs" by ordering, never by timing.
 */
public final class LocalWebhookServer implements AutoCloseable {

    /**
     * One request as the server got it. Header names lower-case.
     *
     * @param target the request target as sent: {@code /path?query}, or the absolute URI a client sends to a proxy
     */
    public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, String body, String target) {

        public Request(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
            this(method, path, rawQuery, headers, body, path + (rawQuery == null ? "" : "?" + rawQuery));
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    /** What to answer. */
    public record Answer(int status, String body, Map<String, String> headers) {

        public static Answer of(int status, String body) {
            return new Answer(status, body, Map.of());
        }
    }

    private static final Answer DEFAULT_ANSWER = Answer.of(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"code\":0,\"msg\":\"success\",\"ok\":true}");

    private final HttpServer server;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final List<Request> all = new CopyOnWriteArrayList<>();
    private final Deque<Answer> scripted = new ArrayDeque<>();
    private final AtomicInteger entered = new AtomicInteger();
    private volatile Answer standing = DEFAULT_ANSWER;
    private volatile CountDownLatch hold;

    private LocalWebhookServer(HttpServer server) {
        this.server = server;
    }

    public static LocalWebhookServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalWebhookServer hooks = new LocalWebhookServer(server);
            server.createContext("/", hooks::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return hooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} — what {@code ?base=} takes. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers every later request so (until scripted answers or another standing answer). */
    public LocalWebhookServer answerAlways(int status, String body) {
        standing = Answer.of(status, body);
        return this;
    }

    /** The next requests get these answers, in order; then the standing answer again. */
    public synchronized LocalWebhookServer thenAnswer(Answer... answers) {
        scripted.addAll(List.of(answers));
        return this;
    }

    /** From now on, requests wait unanswered until {@link #release()} (a slow endpoint). */
    public LocalWebhookServer holdRequests() {
        hold = new CountDownLatch(1);
        return this;
    }

    public void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Requests that reached the handler (held ones included). */
    public int entered() {
        return entered.get();
    }

    /** The next request received, waiting at most {@code timeout} (a hang guard, not a speed assertion). */
    public Request next(Duration timeout) {
        try {
            Request request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (request == null) {
                throw new AssertionError("no request reached " + base() + " within " + timeout);
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(all);
    }

    private void handle(HttpExchange exchange) throws IOException {
        entered.incrementAndGet();
        URI uri = exchange.getRequestURI();
        Request request = new Request(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                        entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> List.copyOf(entry.getValue()), (a, b) -> a)),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), uri.toString());
        all.add(request);
        received.add(request);
        CountDownLatch latch = hold;
        if (latch != null) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Answer answer;
        synchronized (this) {
            answer = scripted.isEmpty() ? standing : scripted.poll();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().putIfAbsent("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
