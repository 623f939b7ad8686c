package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.http.CatalogEndpoints;
import io.kumo.api.http.TokenEndpoints;
import io.kumo.api.http.WorkflowEndpoints;
import io.kumo.app.KumoCore;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowFiles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's workflow, catalog, token and trigger lists are the CLI's {@code --json} output, byte for byte, for the same data. */
class CatalogApiParityTest {

    private static final String MARKER = "Zq9markerTOKEN77";

    @TempDir
    Path data;
    @TempDir
    Path files;

    private final LocalWebhookServer hooks = LocalWebhookServer.start();

    @AfterEach
    void stop() {
        hooks.close();
    }

    @Test
    void workflowEnvironmentProjectAndChannelListsAnswerWhatTheCliPrints() throws Exception {
        CliRun cli = new CliRun(data);
        Path workflow = Files.writeString(files.resolve("etl.yaml"), WorkflowFiles.ETL);
        assertThat(cli.kumo("workflow", "add", workflow.toString())).as(cli.err()).isZero();
        assertThat(cli.kumo("workflow", "run", "etl")).as(cli.err()).isZero();
        assertThat(cli.kumo("env", "create", "sys", "--system", RealPython.path().toString())).as(cli.err()).isZero();
        Path folder = Files.createDirectories(files.resolve("scraper"));
        Files.writeString(folder.resolve("main.py"), "print('hi')\n");
        Files.writeString(folder.resolve("requirements.txt"), "requests\n");
        assertThat(cli.kumo("project", "import", folder.toString(), "--name", "scraper", "--link")).as(cli.err()).isZero();
        String url = "json://ops:" + MARKER + "@" + hooks.base().substring("http://".length()) + "/alerts";
        assertThat(cli.kumo("channel", "add", "ops", url)).as(cli.err()).isZero();
        assertThat(cli.kumo("api", "token", "create", "ci", "--role", "viewer", "--expires", "30d")).as(cli.err()).isZero();
        assertThat(cli.kumo("api", "hook", "create", "--workflow", "etl")).as(cli.err()).isZero();

        String[][] pairs = {
                {"/api/v1/workflows", "workflow list --json"},
                {"/api/v1/workflows/etl/runs", "workflow runs etl --json"},
                {"/api/v1/workflows/etl/runs?limit=1", "workflow runs etl --json --limit 1"},
                {"/api/v1/environments", "env list --json"},
                {"/api/v1/projects", "project list --json"},
                {"/api/v1/channels", "channel list --json"},
                {"/api/v1/tokens", "api token list --json"},
                {"/api/v1/triggers", "api hook list --json"}};
        String[] printed = new String[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            assertThat(cli.kumo(pairs[i][1].split(" "))).as(cli.err()).isZero();
            printed[i] = cli.out();
        }
        assertThat(printed[1]).contains("\"status\" : \"SUCCESS\"");
        assertThat(printed[3]).contains("\"name\" : \"sys\"");
        assertThat(printed[4]).contains("\"name\" : \"scraper\"");
        assertThat(printed[5]).contains("******").doesNotContain(MARKER);
        assertThat(printed[6]).contains("\"name\" : \"ci\"");
        assertThat(printed[7]).contains("\"target\" : \"etl\"");

        try (KumoCore core = TestCores.open(data);
             RouteServer server = new RouteServer(new WorkflowEndpoints(core), new CatalogEndpoints(core), new TokenEndpoints(core))) {
            for (int i = 0; i < pairs.length; i++) {
                HttpResponse<String> answer = server.get(pairs[i][0]);
                assertThat(answer.statusCode()).as(pairs[i][0]).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/json"));
                assertThat(answer.body() + System.lineSeparator()).as(pairs[i][0]).isEqualTo(printed[i]);
            }
        }
    }
}
