package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.json.Json;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET, edit, PUT works over real HTTP; a read-only field changed is a 400 naming it; a name taken is a 409. */
class TaskPutRoundTripTest {

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        server = new RouteServer(new TaskEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    private static ObjectNode json(HttpResponse<String> response) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private ObjectNode get(String name) {
        HttpResponse<String> got = server.get("/api/v1/tasks/" + name);
        assertThat(got.statusCode()).isEqualTo(200);
        return json(got);
    }

    private HttpResponse<String> put(String name, JsonNode body) {
        return server.send("PUT", "/api/v1/tasks/" + name, body.toString());
    }

    @Test
    void whatGetAnswersIsTakenBackUnchangedAndChangesNothing() {
        server.send("POST", "/api/v1/tasks", "{\"name\": \"job\", \"command\": \"true\", \"every\": \"10m\", \"timeout\": \"1h\"}");
        Task before = core.taskService().named("job");
        ObjectNode task = get("job");

        HttpResponse<String> same = put("job", task);

        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        Task after = core.taskService().named("job");
        assertThat(after.getAnchorAt()).as("the interval's anchor is not reset").isEqualTo(before.getAnchorAt());
        assertThat(after.auditFields()).isEqualTo(before.auditFields());
    }

    @Test
    void getEditPutChangesTheEditedFieldsAndReadsTheSecondsFields() {
        server.send("POST", "/api/v1/tasks", "{\"name\": \"job\", \"command\": \"true\", \"cron\": \"0 6 * * *\", \"zone\": \"UTC\"}");
        ObjectNode task = get("job");
        task.put("command", "echo edited").put("retries", 2).put("timeout_seconds", 90).put("retry_delay_seconds", 30);

        HttpResponse<String> changed = put("job", task);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("command").asText()).isEqualTo("echo edited");
        assertThat(json(changed).get("timeout_seconds").asLong()).isEqualTo(90);
        assertThat(json(changed).get("retry_delay_seconds").asLong()).isEqualTo(30);
        assertThat(json(changed).get("cron").asText()).isEqualTo("0 6 * * *");

        ObjectNode again = get("job"); // a cron task edited into an interval one: the stale cron does not count
        again.put("every_seconds", 300).putNull("cron");
        HttpResponse<String> switched = put("job", again);
        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
        assertThat(json(switched).get("trigger").asText()).isEqualTo("INTERVAL");
        assertThat(json(switched).get("every_seconds").asLong()).isEqualTo(300);

        ObjectNode stale = get("job"); // the cron left in as GET showed it before: one schedule changed, the other not
        stale.put("every_seconds", 600);
        assertThat(put("job", stale).statusCode()).isEqualTo(200);
        assertThat(core.taskService().named("job").getIntervalSeconds()).isEqualTo(600);
    }

    @Test
    void aReadOnlyFieldChangedIsRefusedNamingItAndTheMovingOnesAreIgnored() {
        server.send("POST", "/api/v1/tasks", "{\"name\": \"job\", \"command\": \"true\", \"every\": \"10m\"}");
        ObjectNode task = get("job");

        HttpResponse<String> id = put("job", task.deepCopy().put("id", 999));
        HttpResponse<String> trigger = put("job", task.deepCopy().put("trigger", "CRON"));
        HttpResponse<String> moving = put("job", task.deepCopy().put("next_fire", "2030-01-01T00:00:00Z").put("last_fired", "x"));
        HttpResponse<String> both = put("job", task.deepCopy().put("every_seconds", 60).put("every", "2m"));

        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(json(id).get("error").asText()).startsWith("id: read-only");
        assertThat(trigger.statusCode()).isEqualTo(400);
        assertThat(json(trigger).get("error").asText()).startsWith("trigger: read-only");
        assertThat(moving.statusCode()).as(moving.body()).isEqualTo(200);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(json(both).get("error").asText()).isEqualTo("every_seconds: give every or every_seconds, not both");
        assertThat(core.taskService().named("job").getIntervalSeconds()).isEqualTo(600);
    }

    @Test
    void aNameTakenIsA409OnCreateAndOnRename() {
        server.send("POST", "/api/v1/tasks", "{\"name\": \"taken\", \"command\": \"true\", \"every\": \"10m\"}");
        server.send("POST", "/api/v1/tasks", "{\"name\": \"other\", \"command\": \"true\", \"every\": \"10m\"}");

        HttpResponse<String> created = server.send("POST", "/api/v1/tasks", "{\"name\": \"taken\", \"command\": \"true\", \"every\": \"1m\"}");
        HttpResponse<String> renamed = server.send("PUT", "/api/v1/tasks/other", "{\"name\": \"taken\"}");

        assertThat(created.statusCode()).isEqualTo(409);
        assertThat(json(created).get("error").asText()).isEqualTo("Task name: 'taken' is already used");
        assertThat(renamed.statusCode()).isEqualTo(409);
        assertThat(core.taskService().named("other").getCommand()).isEqualTo("true");
    }
}
