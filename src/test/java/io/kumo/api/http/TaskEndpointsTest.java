package io.kumo.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditQuery;
import io.kumo.common.ValidationException;
import io.kumo.json.Json;
import io.kumo.json.TaskFields;
import io.kumo.json.TaskNamesById;
import io.kumo.schedule.Triggers;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task routes over real HTTP on a real core whose engine runs real python3 processes. */
class TaskEndpointsTest {

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;
    String python;

    @BeforeEach
    void open() throws IOException {
        core = TestCores.open(dir.resolve("data"));
        core.startEngine(new OsProcessLauncher(), System.getenv());
        server = new RouteServer(new TaskEndpoints(core), new RunEndpoints(core));
        python = RealPython.path().toString();
        Files.writeString(dir.resolve("ok.py"), "print('hello from the api')\n");
        Files.writeString(dir.resolve("slow.py"), "import time\nprint('started', flush=True)\ntime.sleep(120)\n");
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private HttpResponse<String> create(String body) {
        return server.send("POST", "/api/v1/tasks", body);
    }

    private String script(String name) {
        return python + " " + dir.resolve(name);
    }

    private JsonNode cliJson(String name) throws IOException {
        return Json.MAPPER.readTree(Json.write(TaskFields.map(core.taskService().named(name), core.nextRuns(),
                TaskNamesById.lookingUp(core.projects(), core.environments()))));
    }

    @Test
    void createAnswers201WithTheTaskJsonOfTheCliAndItsLocation() throws IOException {
        HttpResponse<String> created = create("""
                {"name": "nightly report", "command": "echo hi", "cron": "0 6 * * *", "zone": "Europe/Berlin",
                 "timeout": "30m", "retries": 2, "retry_delay": "1m", "priority": 2, "overlap": "queue", "misfire": "skip"}""");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tasks/nightly%20report");
        assertThat(json(created)).isEqualTo(cliJson("nightly report"));
        assertThat(json(created).get("timeout_seconds").asLong()).isEqualTo(1800);
        assertThat(json(created).get("overlap").asText()).isEqualTo("queue");
        assertThat(server.get(created.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @Test
    void createRefusesAMissingCommandTwoSchedulesAndABadCronWithTheCliMessages() {
        HttpResponse<String> noCommand = create("{\"name\": \"a\", \"every\": \"10m\"}");
        HttpResponse<String> twoSchedules = create("{\"name\": \"a\", \"command\": \"true\", \"every\": \"10m\", \"cron\": \"* * * * *\"}");
        HttpResponse<String> badCron = create("{\"name\": \"a\", \"command\": \"true\", \"cron\": \"61 * * * *\"}");
        String cliMessage = messageOf(() -> Triggers.cron("61 * * * *"));

        assertThat(noCommand.statusCode()).isEqualTo(400);
        assertThat(json(noCommand).get("error").asText()).isEqualTo("command: required");
        assertThat(twoSchedules.statusCode()).isEqualTo(400);
        assertThat(json(twoSchedules).get("error").asText()).isEqualTo("schedule: give exactly one of cron, every or at (not cron and every)");
        assertThat(badCron.statusCode()).isEqualTo(400);
        assertThat(json(badCron).get("error").asText()).isEqualTo(cliMessage);
        assertThat(core.taskService().list()).isEmpty();
    }

    @Test
    void createRefusesUnknownFieldsAndWrongTypesNamingThem() {
        HttpResponse<String> unknown = create("{\"name\": \"a\", \"command\": \"true\", \"every\": \"10m\", \"colour\": 1, \"every_seconds\": 5}");
        HttpResponse<String> wrongType = create("{\"name\": \"a\", \"command\": \"true\", \"every\": \"10m\", \"retries\": \"two\"}");
        HttpResponse<String> notFlag = create("{\"name\": \"a\", \"command\": \"true\", \"every\": \"10m\", \"shell\": \"yes\"}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asText()).startsWith("unknown fields: colour, every_seconds (a task takes ");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("error").asText()).isEqualTo("retries: must be a whole number");
        assertThat(json(notFlag).get("error").asText()).isEqualTo("shell: must be true or false");
        assertThat(core.taskService().list()).isEmpty();
    }

    @Test
    void aScheduleThatNeverFiresIsSavedWithItsWarningInAHeader() {
        HttpResponse<String> created = create("{\"name\": \"feb30\", \"command\": \"true\", \"cron\": \"0 0 30 2 *\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().allValues(TaskEndpoints.WARNING)).containsExactly("this schedule never fires (Feb 30)");
        assertThat(json(created).get("cron").asText()).isEqualTo("0 0 30 2 *");
    }

    @Test
    void aTaskIsShownByNameOrByIdAndAnUnknownOneIs404() throws IOException {
        long id = json(create("{\"name\": \"daily\", \"command\": \"true\", \"every\": \"1d\"}")).get("id").asLong();

        HttpResponse<String> byName = server.get("/api/v1/tasks/daily");
        HttpResponse<String> byId = server.get("/api/v1/tasks/" + id);
        HttpResponse<String> unknown = server.get("/api/v1/tasks/nope");

        assertThat(json(byName)).isEqualTo(cliJson("daily"));
        assertThat(json(byId)).isEqualTo(cliJson("daily"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).isEqualTo("no task named 'nope'");
    }

    @Test
    void theListIsTheCliListing() throws IOException {
        create("{\"name\": \"b\", \"command\": \"true\", \"every\": \"10m\"}");
        create("{\"name\": \"a\", \"command\": \"true\", \"at\": \"2030-01-01T06:00:00Z\"}");

        HttpResponse<String> list = server.get("/api/v1/tasks");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json(list)).containsExactly(cliJson("a"), cliJson("b"));
    }

    @Test
    void putChangesOnlyTheFieldsGivenSwitchesTheScheduleAndRenames() {
        create("{\"name\": \"job\", \"command\": \"true\", \"cron\": \"0 6 * * *\", \"retries\": 3, \"zone\": \"UTC\"}");

        HttpResponse<String> switched = server.send("PUT", "/api/v1/tasks/job", "{\"every\": \"5m\", \"zone\": null}");
        HttpResponse<String> renamed = server.send("PUT", "/api/v1/tasks/job", "{\"name\": \"job2\"}");

        assertThat(switched.statusCode()).isEqualTo(200);
        JsonNode task = json(switched);
        assertThat(task.get("trigger").asText()).isEqualTo("INTERVAL");
        assertThat(task.get("every_seconds").asLong()).isEqualTo(300);
        assertThat(task.get("cron").isNull()).isTrue();
        assertThat(task.get("zone").isNull()).isTrue();
        assertThat(task.get("retries").asInt()).isEqualTo(3);
        assertThat(task.get("command").asText()).isEqualTo("true");
        assertThat(json(renamed).get("name").asText()).isEqualTo("job2");
        assertThat(server.get("/api/v1/tasks/job").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/tasks/job2").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedPutChangesNothing() {
        create("{\"name\": \"job\", \"command\": \"true\", \"every\": \"10m\"}");

        HttpResponse<String> refused = server.send("PUT", "/api/v1/tasks/job", "{\"command\": \"\", \"retries\": 1}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(core.taskService().named("job").getCommand()).isEqualTo("true");
        assertThat(core.taskService().named("job").getRetries()).isZero();
    }

    @Test
    void aRunStartedThroughTheApiEndsInSuccessAndOutlivesItsDeletedTask() {
        create("{\"name\": \"hello\", \"command\": \"" + script("ok.py") + "\", \"every\": \"1d\"}");

        HttpResponse<String> started = server.send("POST", "/api/v1/tasks/hello/run", null);
        long runId = json(started).get("id").asLong();
        JsonNode ended = awaitStatus(runId, "SUCCESS");
        HttpResponse<String> deleted = server.send("DELETE", "/api/v1/tasks/hello", null);

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/runs/" + runId);
        assertThat(json(started).get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(ended.get("exit_code").asInt()).isZero();
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(server.get("/api/v1/tasks/hello").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/runs/" + runId).statusCode()).isEqualTo(200);
    }

    @Test
    void stopEndsTheTasksRunningRunAndAnswersItsIdThenNone() {
        create("{\"name\": \"slow\", \"command\": \"" + script("slow.py") + "\", \"every\": \"1d\"}");
        long runId = json(server.send("POST", "/api/v1/tasks/slow/run", null)).get("id").asLong();
        awaitStatus(runId, "RUNNING");

        HttpResponse<String> stopped = server.send("POST", "/api/v1/tasks/slow/stop", null);
        JsonNode ended = awaitStatus(runId, "STOPPED");
        HttpResponse<String> again = server.send("POST", "/api/v1/tasks/slow/stop", null);

        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(json(stopped).get("stopped").toString()).isEqualTo("[" + runId + "]");
        assertThat(ended.get("status").asText()).isEqualTo("STOPPED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("stopped")).isEmpty();
    }

    @Test
    void pauseAndResumeAnswerTheTask() {
        create("{\"name\": \"p\", \"command\": \"true\", \"every\": \"10m\"}");

        HttpResponse<String> paused = server.send("POST", "/api/v1/tasks/p/pause", null);
        HttpResponse<String> resumed = server.send("POST", "/api/v1/tasks/p/resume", null);

        assertThat(json(paused).get("enabled").asBoolean()).isFalse();
        assertThat(json(paused).get("next_fire").isNull()).isTrue();
        assertThat(json(resumed).get("enabled").asBoolean()).isTrue();
        assertThat(json(resumed).get("next_fire").isNull()).isFalse();
    }

    @Test
    void changesAreAuditedUnderTheTokensName() {
        create("{\"name\": \"audited\", \"command\": \"true\", \"every\": \"10m\"}");
        server.send("PUT", "/api/v1/tasks/audited", "{\"retries\": 1}");
        server.send("POST", "/api/v1/tasks/audited/pause", null);
        server.send("DELETE", "/api/v1/tasks/audited", null);

        List<AuditEntry> entries = core.audit().query(AuditQuery.latest(10));

        List<String> byApi = new ArrayList<>();
        entries.stream().filter(entry -> entry.actor().equals("api:test")).forEach(entry -> byApi.add(entry.action()));
        assertThat(byApi).contains("CREATE", "UPDATE", "PAUSE", "DELETE");
    }

    @Test
    void runAndStopAnswer503WhenNoSchedulerRuns() {
        try (KumoCore idle = TestCores.open(dir.resolve("idle")); RouteServer idleServer = new RouteServer(new TaskEndpoints(idle))) {
            idleServer.send("POST", "/api/v1/tasks", "{\"name\": \"x\", \"command\": \"true\", \"every\": \"10m\"}");

            HttpResponse<String> run = idleServer.send("POST", "/api/v1/tasks/x/run", null);

            assertThat(run.statusCode()).isEqualTo(503);
            assertThat(json(run).get("error").asText()).isEqualTo("the scheduler is not running");
        }
    }

    private JsonNode awaitStatus(long runId, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode run = null;
        while (Instant.now().isBefore(deadline)) {
            run = json(server.get("/api/v1/runs/" + runId));
            if (run.get("status").asText().equals(status)) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + runId + " did not become " + status + ": " + run);
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
