package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.RunStatus;
import io.kumo.json.Json;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowEndpointsTest {

    /** Succeeds only when its parameter was overridden to "hey". */
    private static final String GREET = """
            name: greet
            description: says hey
            params:
              GREETING: hello
            steps:
              - name: say
                command: sh -c 'test "$GREETING" = hey'
            """;
    private static final String SLOW = """
            name: slow
            steps:
              - name: wait
                command: sleep 60
            """;

    @TempDir
    Path data;

    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(data);
        core.startEngine(new OsProcessLauncher(), System.getenv());
        core.workflowService().save(GREET);
        core.workflowService().save(SLOW);
        server = new RouteServer(new WorkflowEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void listsWorkflowsAndShowsOneWithItsStepsAndParameterDefaults() throws Exception {
        JsonNode list = json(server.get("/api/v1/workflows"), 200);
        assertThat(list.findValuesAsText("name")).containsExactly("greet", "slow");

        JsonNode greet = json(server.get("/api/v1/workflows/greet"), 200);
        assertThat(greet.get("description").asText()).isEqualTo("says hey");
        assertThat(greet.get("params").get("GREETING").asText()).isEqualTo("hello");
        assertThat(greet.get("steps")).singleElement().satisfies(step -> {
            assertThat(step.get("name").asText()).isEqualTo("say");
            assertThat(step.get("command").asText()).isEqualTo("sh -c 'test \"$GREETING\" = hey'");
            assertThat(step.get("handler_on").isNull()).isTrue();
        });
        assertError(server.get("/api/v1/workflows/nope"), 404, "no workflow named 'nope'");
    }

    @Test
    void runTakesParametersAndAnswers202WithTheRunId() throws Exception {
        JsonNode started = json(server.send("POST", "/api/v1/workflows/greet/run", "{\"params\": {\"GREETING\": \"hey\"}}"), 202);
        long id = started.get("workflow_run_id").asLong();
        assertThat(ended(id).status()).isEqualTo(RunStatus.SUCCESS);

        long withDefaults = json(server.send("POST", "/api/v1/workflows/greet/run", null), 202).get("workflow_run_id").asLong();
        assertThat(ended(withDefaults).status()).isEqualTo(RunStatus.FAILED);

        JsonNode runs = json(server.get("/api/v1/workflows/greet/runs?limit=5"), 200);
        assertThat(runs.findValuesAsText("id")).containsExactly(String.valueOf(withDefaults), String.valueOf(id));
        assertThat(json(server.get("/api/v1/workflows/greet/runs?limit=1"), 200)).hasSize(1);

        // the single workflow's summary, read for it alone, says what its line of the list says
        JsonNode line = json(server.get("/api/v1/workflows"), 200).get(0);
        JsonNode greet = json(server.get("/api/v1/workflows/greet"), 200);
        assertThat(line.get("name").asText()).isEqualTo("greet");
        assertThat(greet.get("last_status").asText()).isEqualTo("FAILED");
        assertThat(greet.get("last_run_at").isTextual()).isTrue();
        for (String field : List.of("id", "name", "description", "schedule", "enabled", "last_status", "last_run_at", "next_run_at")) {
            assertThat(greet.get(field)).as(field).isEqualTo(line.get(field));
        }
        assertThat(greet.get("steps")).hasSize(line.get("steps").asInt());
    }

    @Test
    void badRunRequestsAreRefusedWithTheReason() {
        assertError(server.send("POST", "/api/v1/workflows/greet/run", "{\"params\": {\"NOPE\": \"x\"}}"), 400,
                "workflow greet has no parameter 'NOPE' (it has: GREETING)");
        assertError(server.send("POST", "/api/v1/workflows/greet/run", "{\"params\": [1]}"), 400,
                "params: must be an object of names to values");
        assertError(server.send("POST", "/api/v1/workflows/greet/run", "{\"parameters\": {}}"), 400,
                "unknown field 'parameters' (expected: params)");
        assertError(server.send("POST", "/api/v1/workflows/greet/run", "{nope"), 400, "the body is not valid JSON");
        assertError(server.send("POST", "/api/v1/workflows/nope/run", "{}"), 404, "no workflow named 'nope'");
        assertThat(core.workflowService().runs("greet", 10)).isEmpty();
    }

    @Test
    void runsRefuseABadLimitAndAnUnknownWorkflow() {
        assertError(server.get("/api/v1/workflows/greet/runs?limit=0"), 400, "limit: must be a whole number from 1 to 10000, not '0'");
        assertError(server.get("/api/v1/workflows/greet/runs?limit=ten"), 400, "limit: must be a whole number");
        assertError(server.get("/api/v1/workflows/nope/runs"), 404, "no workflow named 'nope'");
    }

    @Test
    void stopEndsARunningWorkflowRunAndSaysFalseOnceItEnded() throws Exception {
        long id = core.workflowService().run("slow", java.util.Map.of());
        awaitRunning(id);
        assertThat(json(server.send("POST", "/api/v1/workflow-runs/" + id + "/stop", null), 200).get("stopped").asBoolean()).isTrue();
        assertThat(ended(id).status()).isEqualTo(RunStatus.STOPPED);
        assertThat(json(server.send("POST", "/api/v1/workflow-runs/" + id + "/stop", null), 200).get("stopped").asBoolean()).isFalse();
        assertError(server.send("POST", "/api/v1/workflow-runs/999999/stop", null), 404, "no workflow run #999999");
        assertError(server.send("POST", "/api/v1/workflow-runs/abc/stop", null), 400, "workflow run id: must be a positive whole number");
    }

    @Test
    void runWithoutAnEngineAnswers503(@TempDir Path otherData) {
        try (KumoCore idle = TestCores.open(otherData); RouteServer idleServer = new RouteServer(new WorkflowEndpoints(idle))) {
            idle.workflowService().save(GREET);
            assertError(idleServer.send("POST", "/api/v1/workflows/greet/run", null), 503, "the engine is not running");
        }
    }

    private WorkflowRunRecord ended(long id) throws InterruptedException {
        return await(id, run -> run.status().isTerminal());
    }

    private void awaitRunning(long id) throws InterruptedException {
        await(id, run -> run.steps().stream().anyMatch(step -> step.runId() != null));
    }

    /** A hang guard, not a speed assertion. */
    private WorkflowRunRecord await(long id, java.util.function.Predicate<WorkflowRunRecord> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WorkflowRunRecord run = core.workflowService().getRun(id);
            if (condition.test(run)) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("workflow run #" + id + " did not get there: " + core.workflowService().getRun(id));
    }

    static JsonNode json(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return Json.MAPPER.readTree(answer.body());
    }

    static void assertError(HttpResponse<String> answer, int status, String messageStart) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            assertThat(body.size()).isEqualTo(1);
            assertThat(body.get("error").asText()).startsWith(messageStart);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }
}
