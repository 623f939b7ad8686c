package io.kumo.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import io.kumo.engine.RunStore;
import io.kumo.json.Json;
import io.kumo.json.RunJson;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run history over real HTTP: pages newest first, filters, and one run. */
class RunEndpointsTest {

    static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;
    RunStore runs;
    Task alpha;
    Task beta;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        server = new RouteServer(new RunEndpoints(core));
        runs = new RunStore(core.database());
        alpha = core.taskService().create(task("alpha"));
        beta = core.taskService().create(task("beta"));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    private static Task task(String name) {
        Task task = new Task(name, "true");
        task.setTriggerType(TriggerType.INTERVAL);
        task.setIntervalSeconds(60L);
        task.setAnchorAt(T0);
        return task;
    }

    private Run record(Task task, int minute, RunStatus status) {
        return runs.recordFire(task, TriggerKind.INTERVAL, T0.plus(Duration.ofMinutes(minute)), status, T0, null).orElseThrow();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("runs").forEach(run -> ids.add(run.get("id").asLong()));
        return ids;
    }

    @Test
    void aCursorWalksTheHistoryNewestFirstInPagesAcrossRunsAtTheSameInstant() {
        List<Long> newestFirst = new ArrayList<>();
        for (int minute = 0; minute < 4; minute++) { // alpha and beta fire at the same instants: the id breaks the tie
            newestFirst.addFirst(record(alpha, minute, RunStatus.SUCCESS).getId());
            newestFirst.addFirst(record(beta, minute, RunStatus.SUCCESS).getId());
        }

        JsonNode first = json(server.get("/api/v1/runs?limit=3"));
        JsonNode second = json(server.get("/api/v1/runs?limit=3&cursor=" + first.get("next_cursor").asText()));
        record(alpha, 10, RunStatus.SUCCESS); // newer than every page: the walk goes on where it was
        JsonNode third = json(server.get("/api/v1/runs?limit=3&cursor=" + second.get("next_cursor").asText()));

        List<Long> walked = new ArrayList<>(ids(first));
        walked.addAll(ids(second));
        walked.addAll(ids(third));
        assertThat(walked).isEqualTo(newestFirst.subList(0, 8));
        assertThat(ids(third)).hasSize(2);
        assertThat(third.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void theItemsAreTheCliRunJson() throws IOException {
        Run run = record(alpha, 0, RunStatus.FAILED);

        JsonNode page = json(server.get("/api/v1/runs"));
        JsonNode one = json(server.get("/api/v1/runs/" + run.getId()));

        JsonNode cli = Json.MAPPER.readTree(Json.write(RunJson.of(runs.find(run.getId()).orElseThrow())));
        assertThat(page.get("runs")).containsExactly(cli);
        assertThat(one).isEqualTo(cli);
    }

    @Test
    void taskAndStatusFilterTheHistory() {
        record(alpha, 0, RunStatus.SUCCESS);
        Run failed = record(alpha, 1, RunStatus.FAILED);
        record(beta, 2, RunStatus.FAILED);

        JsonNode alphaFailed = json(server.get("/api/v1/runs?task=alpha&status=failed"));
        JsonNode byId = json(server.get("/api/v1/runs?task=" + alpha.getId() + "&status=FAILED"));

        assertThat(ids(alphaFailed)).containsExactly(failed.getId());
        assertThat(ids(byId)).containsExactly(failed.getId());
    }

    @Test
    void badQueriesAre400AndUnknownTasksOrRuns404() {
        record(alpha, 0, RunStatus.SUCCESS);

        assertThat(error(server.get("/api/v1/runs?status=DONE"), 400)).startsWith("status: 'DONE' is not one of queued, running");
        assertThat(error(server.get("/api/v1/runs?limit=0"), 400)).isEqualTo("limit: '0' must be a whole number between 1 and 1000");
        assertThat(error(server.get("/api/v1/runs?limit=1001"), 400)).contains("between 1 and 1000");
        assertThat(error(server.get("/api/v1/runs?limit=ten"), 400)).contains("between 1 and 1000");
        assertThat(error(server.get("/api/v1/runs?cursor=abc"), 400)).startsWith("cursor: 'abc' is not a cursor");
        assertThat(error(server.get("/api/v1/runs?task=gamma"), 404)).isEqualTo("no task named 'gamma'");
        assertThat(error(server.get("/api/v1/runs/999999"), 404)).isEqualTo("no run #999999");
        assertThat(error(server.get("/api/v1/runs/last"), 400)).isEqualTo("id: 'last' is not a run id (a whole number)");
    }

    private static String error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response).get("error").asText();
    }
}
