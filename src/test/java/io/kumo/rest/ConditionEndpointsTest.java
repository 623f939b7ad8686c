package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/system/conditions} over real HTTP, probing this real computer (its answers may be unknown). */
class ConditionEndpointsTest {

    @TempDir
    Path data;

    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(data);
        server = new RouteServer(new ConditionEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void answersWhatRunConditionsSeeAsTheCliDoes() throws Exception {
        JsonNode conditions = json(server.get("/api/v1/system/conditions"), 200);

        assertThat(conditions.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("ac_power", "network_up", "idle_seconds", "metered");
        for (String answer : new String[] {"ac_power", "network_up", "metered"}) {
            assertThat(conditions.get(answer).asText()).isIn("yes", "no", "unknown");
        }
        assertThat(conditions.get("idle_seconds").isNull() || conditions.get("idle_seconds").asLong() >= 0).isTrue();
    }

    @Test
    void theRouteIsInTheCatalogForViewers() {
        core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
        try (KumoMetrics metrics = KumoMetrics.attach(core)) {
            assertThat(ApiCatalog.routes(core, metrics)).anySatisfy(route -> {
                assertThat(route.path()).isEqualTo("/api/v1/system/conditions");
                assertThat(route.access()).isEqualTo(Access.VIEWER);
            });
        }
    }
}
