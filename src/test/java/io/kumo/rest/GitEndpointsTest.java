package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.assertError;
import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.git.CloneRequest;
import io.kumo.git.Upstream;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/projects/{name}/pull} and the project list's {@code git} object, on a real file:// repository. */
class GitEndpointsTest {

    @TempDir
    Path dir;

    private KumoCore core;
    private RouteServer server;
    private Upstream upstream;

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        server = new RouteServer(new GitEndpoints(core), new CatalogEndpoints(core));
        upstream = Upstream.create(dir);
    }

    @AfterEach
    void close() {
        upstream.close();
        server.close();
        core.close();
    }

    @Test
    void pullAnswersTheNewCommitAndARefusalIs409() throws Exception {
        Project project = core.gitProjects().clone(new CloneRequest(upstream.url(), "demo", null));
        String second = upstream.commit("app.py", "print('v2')\n", "v2");

        JsonNode pulled = json(server.send("POST", "/api/v1/projects/demo/pull", null), 200);
        assertThat(pulled.get("outcome").asText()).isEqualTo("fast_forward");
        assertThat(pulled.get("commit").asText()).isEqualTo(second);
        JsonNode listed = json(server.get("/api/v1/projects"), 200).get(0);
        assertThat(listed.get("commit").asText()).isEqualTo(second);
        assertThat(listed.get("git").get("pull").asText()).isEqualTo("manual");

        Files.writeString(Path.of(project.getRootPath()).resolve("app.py"), "print('local')\n");
        upstream.commit("app.py", "print('v3')\n", "v3");
        assertError(server.send("POST", "/api/v1/projects/demo/pull", null), 409, "pull refused: incoming changes touch app.py");
        assertError(server.send("POST", "/api/v1/projects/ghost/pull", null), 404, "no project named 'ghost'");
    }
}
