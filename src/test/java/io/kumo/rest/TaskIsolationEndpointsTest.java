package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
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

/** A task's limits, sandbox and conditions over real HTTP: set on POST, changed on PUT, refused with 400 when bad. */
class TaskIsolationEndpointsTest {

    private static final long MB = 1024L * 1024;

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

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    private HttpResponse<String> createScraper() {
        return server.send("POST", "/api/v1/tasks", """
                {"name": "scrape", "command": "python scrape.py", "every": "1h", "max_memory": "500M", "max_cpu": "150%",
                 "max_processes": 64, "max_open_files": "1024", "max_output": "1G", "sandbox": "bwrap",
                 "sandbox_network": false, "only_on_ac": true, "only_online": true, "online_host": "example.com",
                 "only_idle": "10m", "not_metered": true, "condition_wait": "30m"}""");
    }

    @Test
    void createStoresEveryFieldAndAnswersThem() throws IOException {
        HttpResponse<String> created = createScraper();

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Task stored = core.taskService().named("scrape");
        assertThat(stored.getLimits()).isEqualTo(new ResourceLimits(500 * MB, 150, 64, 1024, 1024 * MB));
        assertThat(stored.getSandbox()).isEqualTo(new Sandbox(SandboxMode.BWRAP, null, false));
        assertThat(stored.getConditions()).isEqualTo(new RunConditions(true, true, "example.com", 600L, true, 1800));
        JsonNode answer = json(created);
        assertThat(answer.get("limits").get("memory_bytes").asLong()).isEqualTo(500 * MB);
        assertThat(answer.get("sandbox").get("mode").asText()).isEqualTo("bwrap");
        assertThat(answer.get("conditions").get("wait_seconds").asLong()).isEqualTo(1800);
    }

    @Test
    void aBadValueIs400WithTheMessageAndNothingIsStored() throws IOException {
        HttpResponse<String> badSize = server.send("POST", "/api/v1/tasks",
                "{\"name\": \"x\", \"command\": \"true\", \"every\": \"1h\", \"max_memory\": \"5X\"}");
        HttpResponse<String> badFlag = server.send("POST", "/api/v1/tasks",
                "{\"name\": \"x\", \"command\": \"true\", \"every\": \"1h\", \"only_on_ac\": \"yes\"}");

        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(json(badSize).get("error").asText()).isEqualTo("max-memory: '5X' is not a size; write it like 500M, 2G or 64K");
        assertThat(badFlag.statusCode()).isEqualTo(400);
        assertThat(json(badFlag).get("error").asText()).isEqualTo("only_on_ac: must be true or false");
        assertThat(core.taskService().list()).isEmpty();
    }

    @Test
    void putWithDraftFieldsChangesAndNullClears() {
        createScraper();

        HttpResponse<String> changed = server.send("PUT", "/api/v1/tasks/scrape",
                "{\"max_memory\": null, \"max_cpu\": \"50\", \"sandbox\": \"none\", \"only_idle\": null}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        Task stored = core.taskService().named("scrape");
        assertThat(stored.getLimits()).isEqualTo(new ResourceLimits(null, 50, 64, 1024, 1024 * MB));
        assertThat(stored.getSandbox().mode()).isEqualTo(SandboxMode.NONE);
        assertThat(stored.getConditions().idleSeconds()).isNull();
        assertThat(stored.getConditions().onlyOnAc()).isTrue();
    }

    @Test
    void getEditPutReadsTheChangedFieldsOfTheObjects() throws IOException {
        createScraper();
        ObjectNode task = (ObjectNode) json(server.get("/api/v1/tasks/scrape"));
        ((ObjectNode) task.get("limits")).put("memory_bytes", 2048 * MB);
        ((ObjectNode) task.get("sandbox")).put("network", true);
        ((ObjectNode) task.get("conditions")).put("idle_seconds", 300).put("on_ac", false);

        HttpResponse<String> changed = server.send("PUT", "/api/v1/tasks/scrape", task.toString());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        Task stored = core.taskService().named("scrape");
        assertThat(stored.getLimits()).isEqualTo(new ResourceLimits(2048 * MB, 150, 64, 1024, 1024 * MB));
        assertThat(stored.getSandbox()).isEqualTo(new Sandbox(SandboxMode.BWRAP, null, true));
        assertThat(stored.getConditions()).isEqualTo(new RunConditions(false, true, "example.com", 300L, true, 1800));
    }

    @Test
    void anUnknownFieldOfAnObjectIs400() throws IOException {
        createScraper();

        HttpResponse<String> refused = server.send("PUT", "/api/v1/tasks/scrape", "{\"limits\": {\"gpu\": 1}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("limits.gpu: unknown (limits has cpu_percent, memory_bytes, "
                + "open_files, output_bytes, processes)");
    }
}
