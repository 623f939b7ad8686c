package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.ApiAddress;
import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.service.HookRejected;
import io.kumo.common.Actor;
import io.kumo.testkit.MutableClock;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FailedAttemptLimiter limiter = new FailedAttemptLimiter(clock);
    private final AtomicBoolean metricsOpen = new AtomicBoolean();
    private final HttpClient client = HttpClient.newHttpClient();
    /** The tokens the server knows, as the token service would find them by their secret. */
    private final Map<String, ApiToken> tokens = Map.of(
            "viewer-secret", token("dash", ApiRole.VIEWER, Optional.empty()),
            "operator-secret", token("ci", ApiRole.OPERATOR, Optional.empty()),
            "admin-secret", token("root", ApiRole.ADMIN, Optional.empty()),
            "expired-secret", token("old", ApiRole.ADMIN, Optional.of(NOW.minusSeconds(1))));
    private final java.util.Set<String> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger streamsInterrupted = new java.util.concurrent.atomic.AtomicInteger();
    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openRouteAnswersWithoutToken() throws Exception {
        start();
        HttpResponse<String> answer = send("GET", "/api/v1/open", null, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(field(answer, "actor")).isEqualTo("none");
    }

    @Test
    void missingTokenIs401WithBearerChallenge() throws Exception {
        start();
        HttpResponse<String> answer = send("GET", "/api/v1/read", null, null);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"kumo\"");
        assertThat(error(answer)).startsWith("this needs a token");
    }

    @Test
    void unknownAndExpiredTokensAre401() throws Exception {
        start();
        assertThat(send("GET", "/api/v1/read", "nonsense", null).statusCode()).isEqualTo(401);
        HttpResponse<String> expired = send("GET", "/api/v1/read", "expired-secret", null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(error(expired)).isEqualTo("the token is unknown, revoked or expired");
        assertThat(send("GET", "/api/v1/read", null, "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
    }

    @Test
    void tokenBelowTheRouteRoleIs403NamingTheRole() throws Exception {
        start();
        HttpResponse<String> answer = send("POST", "/api/v1/run", "viewer-secret", null);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(error(answer)).isEqualTo("this needs the operator role; the token 'dash' is viewer");
        assertThat(send("DELETE", "/api/v1/change", "operator-secret", null).statusCode()).isEqualTo(403);
    }

    @Test
    void tokenWithTheRoleOrHigherRunsTheHandlerAsItsActor() throws Exception {
        start();
        HttpResponse<String> run = send("POST", "/api/v1/run", "operator-secret", null);
        assertThat(run.statusCode()).isEqualTo(202);
        assertThat(field(run, "actor")).isEqualTo("api:ci");
        assertThat(field(send("GET", "/api/v1/read", "admin-secret", null), "actor")).isEqualTo("api:root");
        assertThat(send("DELETE", "/api/v1/change", "admin-secret", null).statusCode()).isEqualTo(204);
    }

    @Test
    void metricsNeedAViewerTokenUntilTheUserOpensThem() throws Exception {
        start();
        assertThat(send("GET", "/metrics", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/metrics", "viewer-secret", null).statusCode()).isEqualTo(200);
        metricsOpen.set(true);
        assertThat(send("GET", "/metrics", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void elevenFailuresBlockOnlyTheFailingRequestsOfTheClientForAMinuteWithRetryAfter() throws Exception {
        start();
        for (int i = 0; i < 11; i++) {
            assertThat(send("GET", "/api/v1/read", "wrong-" + i, null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = send("GET", "/api/v1/read", "wrong", null);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).contains("60");
        assertThat(error(blocked)).startsWith("too many failed attempts from 127.0.0.1");
        assertThat(send("GET", "/api/v1/read", null, null).statusCode()).isEqualTo(429);
        assertThat(send("POST", "/api/v1/hooks/abc", null, "{}").statusCode()).isEqualTo(429);
        assertThat(send("POST", "/api/v1/hooks/gone", null, "{}").statusCode()).isEqualTo(429);
        // a valid credential is served whatever the address did: one bad client cannot lock the others out
        assertThat(send("GET", "/api/v1/read", "viewer-secret", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/open", null, null).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(30));
        assertThat(send("GET", "/api/v1/read", "wrong", null).headers().firstValue("Retry-After")).contains("30");
        clock.advance(Duration.ofSeconds(30));
        assertThat(send("GET", "/api/v1/read", "wrong", null).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownTriggerIdsCountTowardTheLimit() throws Exception {
        start();
        for (int i = 0; i < 11; i++) {
            assertThat(send("POST", "/api/v1/hooks/gone", null, "{}").statusCode()).isEqualTo(404);
        }
        assertThat(send("POST", "/api/v1/hooks/gone", null, "{}").statusCode()).isEqualTo(429);
    }

    @Test
    void headOnAGuardedGetRouteIsRefusedAndOnAnOpenOneAnswered() throws Exception {
        start();
        HttpResponse<String> head = send("HEAD", "/api/v1/read", null, null);
        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Allow")).contains("GET");
        assertThat(send("HEAD", "/api/v1/read", "viewer-secret", null).statusCode()).isEqualTo(405);
        assertThat(send("HEAD", "/metrics", null, null).statusCode()).isEqualTo(405);
        assertThat(send("HEAD", "/api/v1/open", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailingHandlerAnswers500WithoutTheExceptionText() throws Exception {
        start();
        HttpResponse<String> answer = send("GET", "/api/v1/boom", "viewer-secret", null);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(error(answer)).matches("internal error \\(ref [0-9a-f]{8}\\), see Kumo's log").doesNotContain("/home/secret");
    }

    @Test
    void closeLetsARequestInFlightAnswerAndNoHandlerRunsAfterIt() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        ApiRoute slow = new ApiRoute(ApiMethod.POST, "/api/v1/slow", Access.OPERATOR, ctx -> {
            running.incrementAndGet();
            try {
                entered.countDown();
                release.await();
                ctx.status(202).json(Map.of("done", true));
            } finally {
                running.decrementAndGet();
            }
        }, ApiDoc.of("Test", "slow"));
        server = ApiServer.start(ApiListen.plain(new ApiAddress("127.0.0.1", 0)), List.of(slow), this::authenticate,
                metricsOpen::get, limiter);
        var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return send("POST", "/api/v1/slow", "operator-secret", "{}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        entered.await();
        Thread closing = Thread.ofPlatform().start(server::close);
        while (closing.getState() != Thread.State.WAITING && closing.getState() != Thread.State.TIMED_WAITING
                && closing.isAlive()) {
            Thread.onSpinWait(); // close() has begun and waits for the request
        }
        assertThat(closing.isAlive()).isTrue();
        release.countDown();
        closing.join();
        assertThat(running.get()).isZero();
        HttpResponse<String> got = answer.get();
        assertThat(got.statusCode()).isEqualTo(202);
        assertThat(field(got, "done")).isEqualTo("true");
        server.close(); // idempotent
    }

    @Test
    void hookRejectionsAnswerTheirStatusAndTheir401sCountTowardTheLimit() throws Exception {
        start();
        HttpResponse<String> unknown = send("POST", "/api/v1/hooks/gone", null, "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("no trigger gone");
        for (int i = 0; i < 10; i++) { // with the 404: 11 failures
            HttpResponse<String> bad = send("POST", "/api/v1/hooks/abc", null, "{}");
            assertThat(bad.statusCode()).isEqualTo(401);
            assertThat(error(bad)).isEqualTo("the signature does not match");
        }
        assertThat(send("POST", "/api/v1/hooks/abc", null, "{}").statusCode()).isEqualTo(429);
    }

    @Test
    void unknownPathWrongMethodAndLargeBodyAnswerJsonErrors() throws Exception {
        start();
        HttpResponse<String> missing = send("GET", "/api/v1/nothing-here", "admin-secret", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(error(missing)).isNotBlank();
        HttpResponse<String> wrongMethod = send("PUT", "/api/v1/read", "admin-secret", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(error(wrongMethod)).isNotBlank();
        // as curl does for large bodies: the server can answer before the body is sent
        HttpResponse<String> large = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/run"))
                .header("Authorization", "Bearer operator-secret").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(1024 * 1024 + 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(error(large)).isEqualTo("the request body is larger than 1 MB");
    }

    @Test
    void aPortInUseFailsWithAOneLineReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> ApiServer.start(ApiListen.plain(new ApiAddress("127.0.0.1", taken.getLocalPort())),
                    routes(), this::authenticate, metricsOpen::get, limiter))
                    .isInstanceOf(ApiServer.ApiStartException.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program"
                            + " (choose another address in Settings → REST API or with --api)");
        }
    }

    @Test
    void anAddressBeyondLoopbackIsRefusedWithoutTls() {
        assertThatThrownBy(() -> ApiServer.start(ApiListen.plain(new ApiAddress("0.0.0.0", 0)), routes(),
                this::authenticate, metricsOpen::get, limiter))
                .hasMessage("binding to 0.0.0.0 needs a TLS certificate and key (Settings → REST API, or --api-cert/--api-key)");
    }

    @Test
    void logStreamsAreCappedPerTokenEndedWhenTheTokenIsRevokedAndWhenTheServerStops() throws Exception {
        start();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> open = new java.util.ArrayList<>();
        for (int i = 0; i < LiveStreams.MAX_PER_TOKEN; i++) {
            open.add(stream("viewer-secret"));
        }
        awaitStreams(LiveStreams.MAX_PER_TOKEN);
        HttpResponse<String> past = stream("viewer-secret").get();
        assertThat(past.statusCode()).isEqualTo(429);
        assertThat(error(past)).startsWith("this token already has 16 log streams open");
        assertThat(send("GET", "/api/v1/read", "viewer-secret", null).statusCode()).as("other requests go on").isEqualTo(200);
        var other = stream("operator-secret"); // another token (ids: name lengths)
        awaitStreams(LiveStreams.MAX_PER_TOKEN + 1);

        server.recheckStreams();
        assertThat(server.openStreams()).as("nothing revoked yet").isEqualTo(LiveStreams.MAX_PER_TOKEN + 1);
        revoked.add("viewer-secret");
        server.recheckStreams();
        for (var answer : open) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
        assertThat(streamsInterrupted.get()).isEqualTo(LiveStreams.MAX_PER_TOKEN);
        assertThat(other).isNotDone();

        server.close();
        assertThat(other.get().statusCode()).isEqualTo(200);
        assertThat(streamsInterrupted.get()).isEqualTo(LiveStreams.MAX_PER_TOKEN + 1);
    }

    private java.util.concurrent.CompletableFuture<HttpResponse<String>> stream(String bearer) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/stream"))
                .header("Authorization", "Bearer " + bearer).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.openStreams() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.openStreams()).isEqualTo(count);
    }

    private void start() {
        server = ApiServer.start(ApiListen.plain(new ApiAddress("127.0.0.1", 0)), routes(), this::authenticate,
                metricsOpen::get, limiter);
    }

    private Optional<ApiToken> authenticate(String secret) {
        return Optional.ofNullable(tokens.get(secret)).filter(token -> !token.expiredAt(clock.instant()))
                .filter(token -> !revoked.contains(secret));
    }

    private List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/stream", Access.VIEWER, ctx -> {
                    // as a log follow does: polls until the run ends or its thread is interrupted
                    ctx.res().getOutputStream().write(": open\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    ctx.res().getOutputStream().flush();
                    try {
                        Thread.sleep(Duration.ofMinutes(5));
                    } catch (InterruptedException e) {
                        streamsInterrupted.incrementAndGet();
                    }
                }, ApiDoc.of("Test", "stream")),
                route(ApiMethod.GET, "/api/v1/open", Access.OPEN, 200),
                route(ApiMethod.GET, "/api/v1/read", Access.VIEWER, 200),
                route(ApiMethod.POST, "/api/v1/run", Access.OPERATOR, 202),
                route(ApiMethod.DELETE, "/api/v1/change", Access.ADMIN, 204),
                route(ApiMethod.GET, "/metrics", Access.METRICS, 200),
                new ApiRoute(ApiMethod.GET, "/api/v1/boom", Access.VIEWER, ctx -> {
                    throw new IllegalStateException("cannot write /home/secret/payloads");
                }, ApiDoc.of("Test", "boom")),
                new ApiRoute(ApiMethod.POST, "/api/v1/hooks/{id}", Access.HOOK, ctx -> {
                    if (ctx.pathParam("id").equals("gone")) {
                        throw new HookRejected(HookRejected.Reason.UNKNOWN, "no trigger gone");
                    }
                    throw new HookRejected(HookRejected.Reason.BAD_SECRET, "the signature does not match");
                }, ApiDoc.of("Hooks", "Trigger")));
    }

    private static ApiRoute route(ApiMethod method, String path, Access access, int status) {
        return new ApiRoute(method, path, access, ctx -> {
            ctx.status(status);
            if (status != 204) {
                ctx.json(Map.of("actor", Actor.ACTING.isBound() ? Actor.ACTING.get().name() : "none"));
            }
        }, ApiDoc.of("Test", path));
    }

    private static ApiToken token(String name, ApiRole role, Optional<Instant> expires) {
        return new ApiToken(name.length(), name, role, NOW.minusSeconds(3600), expires, Optional.empty());
    }

    private static String error(HttpResponse<String> answer) throws Exception {
        return field(answer, "error");
    }

    private static String field(HttpResponse<String> answer, String name) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return io.kumo.json.Json.MAPPER.readTree(answer.body()).path(name).asText();
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer.contains(" ") ? bearer : "Bearer " + bearer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
