package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/tasks/{name}/insights over real HTTP on a real core. */
class InsightEndpointsTest {

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;
    Task task;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        server = new RouteServer(new InsightEndpoints(core));
        task = core.tasks().create(new Task("report", "true"));
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        Run run = new Run(task, TriggerKind.MANUAL, at, RunStatus.SUCCESS);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(3));
        run.setPeakRss(50_000_000L);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void theInsightsOfATaskByIdOrName() throws Exception {
        HttpResponse<String> byId = server.get("/api/v1/tasks/" + task.getId() + "/insights?days=7&zone=Europe/Berlin");

        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        JsonNode insights = new ObjectMapper().readTree(byId.body());
        assertThat(insights.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(insights.get("per_day")).hasSize(7);
        assertThat(insights.get("overall").get("runs").asLong()).isEqualTo(1);
        assertThat(insights.get("overall").get("max_peak_rss").asLong()).isEqualTo(50_000_000L);
        assertThat(insights.get("overall").get("p95_ms").asLong()).isEqualTo(3_000);
        HttpResponse<String> byName = server.get("/api/v1/tasks/report/insights");
        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(byName.body()).get("per_day")).hasSize(30);
    }

    @Test
    void badWindowsZonesAndTasksAreRefusedWithAMessage() {
        assertThat(server.get("/api/v1/tasks/report/insights?days=14")).satisfies(answer -> {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("days must be 7, 30, 90 or 0");
        });
        assertThat(server.get("/api/v1/tasks/report/insights?days=week").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/v1/tasks/report/insights?zone=Mars/Base").body()).contains("is not a time zone");
        assertThat(server.get("/api/v1/tasks/nope/insights").statusCode()).isEqualTo(404);
    }
}
