package io.kumo.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.ApiAddress;
import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.app.KumoCore;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiAuditActorTest {

    @TempDir
    Path dataDir;

    @Test
    void aChangeMadeThroughARouteIsAuditedAsTheTokensActor() throws Exception {
        ApiToken ci = new ApiToken(1, "ci", ApiRole.ADMIN, Instant.EPOCH, Optional.empty(), Optional.empty());
        try (KumoCore core = TestCores.open(dataDir)) {
            ApiRoute change = new ApiRoute(ApiMethod.PUT, "/api/v1/settings/metrics-open", Access.ADMIN, ctx -> {
                core.settings().set(Settings.API_METRICS_OPEN, true);
                ctx.status(204);
            }, ApiDoc.of("Test", "open metrics"));
            ApiServer server = ApiServer.start(ApiListen.plain(new ApiAddress("127.0.0.1", 0)), List.of(change),
                    secret -> secret.equals("ci-secret") ? Optional.of(ci) : Optional.empty(), () -> false,
                    new FailedAttemptLimiter(Clock.systemUTC()));
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/api/v1/settings/metrics-open")).header("Authorization", "Bearer ci-secret")
                        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(204);
            } finally {
                server.close();
            }
            assertThat(core.audit().latest(1)).singleElement()
                    .satisfies(entry -> assertThat(entry.actor()).isEqualTo("api:ci"))
                    .satisfies(entry -> assertThat(entry.targetId()).isEqualTo(Settings.API_METRICS_OPEN.key()));
        }
    }
}
