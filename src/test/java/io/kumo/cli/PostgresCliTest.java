package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.DeploymentResolver;
import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.store.DatabaseTarget;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo --db-url …} opens the shared PostgreSQL itself, no instance running: what one command writes, the next reads. */
class PostgresCliTest {

    private static PostgresServer server;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    @Test
    void aTaskAddedThroughOneDataDirectoryIsListedThroughAnother() {
        DatabaseTarget.Server database = server.newDatabase();
        // every node of a cluster seals secrets with the same key
        String key = first.resolveSibling(first.getFileName() + "-cluster.key").toString();
        CliRun adding = new CliRun(first, Map.of(DeploymentResolver.SECRET_KEY_FILE, key));
        assertThat(adding.kumo("--db-url", database.url() + "?user=" + database.user(), "task", "add", "--name", "shared", "--command", "python a.py",
                "--every", "1h", "--on-label", "gpu")).as(adding.err()).isZero();

        Map<String, String> environment = new HashMap<>(Map.of(DeploymentResolver.DB_URL, database.url(),
                DeploymentResolver.SECRET_KEY_FILE, key));
        if (database.user() != null) {
            environment.put(DeploymentResolver.DB_USER, database.user());
        }
        CliRun listing = new CliRun(second, environment); // another machine's data directory, the same database
        assertThat(listing.kumo("task", "list", "--json")).as(listing.err()).isZero();
        assertThat(listing.json()).singleElement().satisfies(task -> {
            assertThat(task.get("name").asText()).isEqualTo("shared");
            assertThat(task.get("node_labels").toString()).isEqualTo("[\"gpu\"]");
        });
        assertThat(listing.kumo("runs", "--json")).as(listing.err()).isZero();
        assertThat(listing.json()).isEmpty();
    }
}
