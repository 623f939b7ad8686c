package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.assertError;
import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.common.HostName;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.json.Json;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/nodes}, a task's {@code node_labels} and a run's {@code node} over real HTTP on a real core. */
class ClusterEndpointsTest {

    private static final String TASK = "{\"name\":\"train\",\"command\":\"python train.py\",\"every\":\"1h\"";

    @TempDir
    Path dir;
    KumoCore core;
    RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        server = new RouteServer(new NodeEndpoints(core), new TaskEndpoints(core), new RunEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void nodesListThisMachineAsKumoNodesDoes() throws Exception {
        JsonNode nodes = json(server.get("/api/v1/nodes"), 200);
        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).get("name").asText()).isEqualTo(HostName.get());
        assertThat(nodes.get(0).get("status").asText()).isEqualTo("ALIVE");
        assertThat(nodes.get(0).get("labels").isArray()).isTrue();
    }

    @Test
    void theNodesRouteIsInTheCatalogAndItsDocument() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        try (KumoMetrics metrics = KumoMetrics.attach(core)) {
            var routes = ApiCatalog.routes(core, metrics);
            assertThat(routes).filteredOn(route -> route.path().equals("/api/v1/nodes"))
                    .singleElement().satisfies(route -> assertThat(route.access()).isEqualTo(Access.VIEWER));
            JsonNode document = Json.MAPPER.valueToTree(OpenApiDocument.of(routes, "test"));
            assertThat(document.at("/paths/~1api~1v1~1nodes/get/responses/200/content/application~1json/schema/items"
                    + "/properties/heartbeat_at").isMissingNode()).isFalse();
        }
    }

    @Test
    void createAndChangeTakeNodeLabels() throws Exception {
        JsonNode created = json(server.send("POST", "/api/v1/tasks", TASK + ",\"node_labels\":[\"gpu\",\"EU\"]}"), 201);
        assertThat(created.get("node_labels").toString()).isEqualTo("[\"eu\",\"gpu\"]");

        JsonNode changed = json(server.send("PUT", "/api/v1/tasks/train", "{\"node_labels\":[\"cpu\"]}"), 200);
        assertThat(changed.get("node_labels").toString()).isEqualTo("[\"cpu\"]");

        String unchanged = Json.write(json(server.get("/api/v1/tasks/train"), 200)); // GET, PUT back: changes nothing
        assertThat(json(server.send("PUT", "/api/v1/tasks/train", unchanged), 200).get("node_labels").toString())
                .isEqualTo("[\"cpu\"]");

        assertThat(json(server.send("PUT", "/api/v1/tasks/train", "{\"node_labels\":null}"), 200).get("node_labels"))
                .isEmpty();
        assertThat(json(server.send("PUT", "/api/v1/tasks/train", "{\"node_labels\":[\"a\"]}"), 200).get("node_labels"))
                .hasSize(1);
        assertThat(json(server.send("PUT", "/api/v1/tasks/train", "{\"node_labels\":[]}"), 200).get("node_labels"))
                .isEmpty();
    }

    @Test
    void aBadLabelAnswers400NamingIt() {
        assertError(server.send("POST", "/api/v1/tasks", TASK + ",\"node_labels\":[\"gpu\",\"no!\"]}"), 400,
                "on-label: label 'no!' is not valid");
        assertError(server.send("POST", "/api/v1/tasks", TASK + ",\"node_labels\":\"gpu\"}"), 400,
                "node_labels: must be an array of strings");
        assertError(server.send("POST", "/api/v1/tasks", TASK + ",\"node_labels\":[1]}"), 400,
                "node_labels: must be an array of strings");
        assertThat(core.taskService().list()).isEmpty();
    }

    @Test
    void aRunNamesItsNode() throws Exception {
        json(server.send("POST", "/api/v1/tasks", TASK + "}"), 201);
        Task task = core.taskService().named("train");
        RunStore runs = new RunStore(core.database());
        Instant at = Instant.parse("2026-03-01T06:00:00Z");
        Run run = runs.recordFire(task, TriggerKind.INTERVAL, at, RunStatus.SUCCESS, at, null).orElseThrow();
        assertThat(json(server.get("/api/v1/runs/" + run.getId()), 200).get("node").isNull()).isTrue();
        run.setNode("node-a");
        core.database().runs().update(run);
        assertThat(json(server.get("/api/v1/runs/" + run.getId()), 200).get("node").asText()).isEqualTo("node-a");
        assertThat(json(server.get("/api/v1/runs"), 200).get("runs").get(0).get("node").asText()).isEqualTo("node-a");
    }
}
