package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.app.DeploymentResolver;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root command's database and node options through picocli: good values reach the node, bad ones exit 2. */
class ClusterOptionsTest {

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();
    private CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir, environment);
    }

    private String oneErrorLine() {
        assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
        return cli.err().strip();
    }

    @Test
    void nodeOptionsReachTheNodeThatKumoNodesLists() {
        assertThat(cli.kumo("--node", "worker-1", "--labels", "gpu, EU", "--max-runs", "3", "--lease", "30s", "nodes",
                "--json")).as(cli.err()).isZero();
        JsonNode node = cli.json().get(0);
        assertThat(node.get("name").asText()).isEqualTo("worker-1");
        assertThat(node.get("labels").toString()).isEqualTo("[\"eu\",\"gpu\"]");
        assertThat(node.get("max_runs").asInt()).isEqualTo(3);
    }

    @Test
    void theEnvironmentNamesTheNodeWhenNoOptionDoes() {
        environment.putAll(Map.of(DeploymentResolver.NODE, "from-env", DeploymentResolver.NODE_LABELS, "ssd"));
        assertThat(cli.kumo("nodes", "--json")).as(cli.err()).isZero();
        assertThat(cli.json().get(0).get("name").asText()).isEqualTo("from-env");
        assertThat(cli.json().get(0).get("labels").toString()).isEqualTo("[\"ssd\"]");
        assertThat(cli.kumo("--node", "from-flag", "nodes", "--json")).as(cli.err()).isZero();
        assertThat(cli.json().get(0).get("name").asText()).isEqualTo("from-flag");
    }

    @Test
    void everyBadValueExitsTwoWithOneLineNamingTheOption() {
        assertRefused("kumo: --db-url: unsupported database URL 'jdbc:mysql://db/kumo'", "--db-url", "jdbc:mysql://db/kumo",
                "task", "list");
        assertRefused("kumo: --node: 'a b' is not a valid node name", "--node", "a b", "task", "list");
        assertRefused("kumo: --labels: label 'bad!' is not valid", "--labels", "gpu,bad!", "nodes");
        assertRefused("kumo: --max-runs: must be between 1 and 1000", "--max-runs", "0", "nodes");
        assertRefused("kumo: --max-runs: must be between 1 and 1000", "--max-runs", "5000", "runs");
        assertRefused("kumo: Invalid value for option '--max-runs'", "--max-runs", "many", "nodes");
        assertRefused("kumo: --lease: at least 5s", "--lease", "2s", "nodes");
        assertRefused("kumo: --lease: at most 10m", "--lease", "1h", "nodes");
        assertRefused("kumo: --db-url: unsupported database URL", "--headless", "--db-url", "mysql://x");
    }

    @Test
    void aBadEnvironmentValueIsNamedByItsVariable() {
        environment.put(DeploymentResolver.DB_URL, "jdbc:sqlite:/tmp/x.db");
        assertRefused("kumo: KUMO_DB_URL: unsupported database URL", "task", "list");
    }

    @Test
    void anUnreachableDatabaseExitsOneWithOneLineAndNoStackTrace() {
        // port 9 (discard) is closed on a test machine: the connection is refused at once
        assertThat(cli.kumo("--db-url", "jdbc:postgresql://127.0.0.1:9/kumo", "task", "list")).isEqualTo(ExitCodes.FAILURE);
        assertThat(oneErrorLine()).startsWith("kumo: ").doesNotContain("\tat ");
    }

    private void assertRefused(String message, String... args) {
        assertThat(cli.kumo(args)).as(cli.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith(message);
    }
}
