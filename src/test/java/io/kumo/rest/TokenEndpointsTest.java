package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.assertError;
import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowFiles;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenEndpointsTest {

    @TempDir
    Path data;

    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(data);
        server = new RouteServer(new TokenEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void badTokenRequestsAreRefusedWithTheReason() {
        assertError(server.send("POST", "/api/v1/tokens", "{\"role\": \"viewer\"}"), 400, "name: required");
        assertError(server.send("POST", "/api/v1/tokens", "{\"name\": \"ci\"}"), 400, "role: required");
        assertError(server.send("POST", "/api/v1/tokens", "{\"name\": \"ci\", \"role\": \"boss\"}"), 400,
                "role: 'boss' is not one of viewer, operator, admin");
        assertError(server.send("POST", "/api/v1/tokens", "{\"name\": 7, \"role\": \"viewer\"}"), 400, "name: must be a string");
        assertError(server.send("POST", "/api/v1/tokens", "{\"name\": \"ci\", \"role\": \"viewer\", \"scope\": 1}"), 400,
                "unknown field 'scope' (expected: name, role, expires)");
        assertError(server.send("POST", "/api/v1/tokens", "[]"), 400, "the body must be a JSON object");
        assertError(server.send("POST", "/api/v1/triggers", "{}"), 400, "give exactly one of \"task\" and \"workflow\"");
        assertError(server.send("POST", "/api/v1/triggers", "{\"task\": \"a\", \"workflow\": \"b\"}"), 400,
                "give exactly one of \"task\" and \"workflow\"");
    }

    @Test
    void aCreatedTokenIsShownOnceWorksAndIsGoneWhenRevoked() throws Exception {
        JsonNode created = json(server.send("POST", "/api/v1/tokens", "{\"name\": \"ci\", \"role\": \"operator\", \"expires\": \"30d\"}"), 201);
        assertThat(fieldNames(created)).containsExactly("name", "role", "expires_at", "token");
        assertThat(created.get("role").asText()).isEqualTo("operator");
        assertThat(created.get("expires_at").isNull()).isFalse();
        String secret = created.get("token").asText();
        assertThat(core.apiTokens().authenticate(secret)).hasValueSatisfying(token -> assertThat(token.name()).isEqualTo("ci"));

        HttpResponse<String> list = server.get("/api/v1/tokens");
        assertThat(list.body()).doesNotContain(secret);
        assertThat(json(list, 200).findValuesAsText("name")).containsExactly("ci");
        assertError(server.send("POST", "/api/v1/tokens", "{\"name\": \"ci\", \"role\": \"viewer\"}"), 409, "a token named ci exists");

        assertThat(server.send("DELETE", "/api/v1/tokens/ci", null).statusCode()).isEqualTo(204);
        assertThat(core.apiTokens().authenticate(secret)).isEmpty();
        assertThat(json(server.get("/api/v1/tokens"), 200)).isEmpty();
        assertError(server.send("DELETE", "/api/v1/tokens/ci", null), 404, "no API token named 'ci'");
    }

    @Test
    void triggersForATaskAndAWorkflowAreListedWithoutSecretsAndRemoved() throws Exception {
        Task task = new Task("report", "/bin/true");
        task.setTriggerType(TriggerType.MANUAL);
        core.taskService().create(task);
        core.workflowService().save(WorkflowFiles.ETL);

        JsonNode forTask = json(server.send("POST", "/api/v1/triggers", "{\"task\": \"report\"}"), 201);
        assertThat(fieldNames(forTask)).containsExactly("id", "path", "url_path", "secret");
        String id = forTask.get("id").asText();
        String secret = forTask.get("secret").asText();
        assertThat(forTask.get("path").asText()).isEqualTo("/api/v1/hooks/" + id);
        assertThat(forTask.get("url_path").asText()).startsWith("/api/v1/hooks/" + id + "?token=");
        assertThat(core.hooks().verify(id, java.util.Optional.of(secret), java.util.Optional.empty(), new byte[0])
                .target().name()).isEqualTo("report");
        JsonNode forWorkflow = json(server.send("POST", "/api/v1/triggers", "{\"workflow\": \"etl\"}"), 201);

        HttpResponse<String> list = server.get("/api/v1/triggers");
        assertThat(list.body()).doesNotContain(secret).doesNotContain(forWorkflow.get("secret").asText());
        assertThat(json(list, 200).findValuesAsText("target")).containsExactlyInAnyOrder("report", "etl");
        assertError(server.send("POST", "/api/v1/triggers", "{\"task\": \"nope\"}"), 400, "");

        assertThat(server.send("DELETE", "/api/v1/triggers/" + id, null).statusCode()).isEqualTo(204);
        assertThat(json(server.get("/api/v1/triggers"), 200).findValuesAsText("target")).containsExactly("etl");
        assertError(server.send("DELETE", "/api/v1/triggers/" + id, null), 404, "no trigger URL with id '" + id + "'");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
