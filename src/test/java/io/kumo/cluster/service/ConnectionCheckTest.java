package io.kumo.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.store.DatabaseTarget;
import io.kumo.testkit.PostgresServer;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Settings → Connection's test against a real PostgreSQL: an empty database, one holding Kumo's schema, no server. */
class ConnectionCheckTest {

    private static PostgresServer server;
    private final ConnectionCheck check = new ConnectionCheck();

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEmptyDatabaseIsSaidToBeEmpty() throws SQLException {
        DatabaseTarget.Server target = server.newDatabase();

        ConnectionCheck.Result result = check.check(target.url(), target.user(), target.password());

        assertThat(result.schemaVersion()).isEmpty();
        assertThat(result.serverVersion()).matches("\\d+(\\.\\d+)?");
        assertThat(result.describe()).startsWith("Connected to PostgreSQL " + result.serverVersion())
                .endsWith("Empty database: Kumo creates its tables at the first start");
    }

    @Test
    void aKumoDatabaseShowsItsSchemaVersionTasksAndNodes() throws SQLException {
        DatabaseTarget.Server target = server.newDatabase();
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), "
                    + "success BOOLEAN NOT NULL)");
            sql.execute("INSERT INTO flyway_schema_history VALUES (1, '1', TRUE), (14, '14', TRUE), (15, '15', FALSE)");
            sql.execute("CREATE TABLE tasks (id BIGINT PRIMARY KEY)");
            sql.execute("INSERT INTO tasks VALUES (1), (2)");
            sql.execute("CREATE TABLE nodes (name VARCHAR(100) PRIMARY KEY)");
            sql.execute("INSERT INTO nodes VALUES ('build-1')");
        }

        ConnectionCheck.Result result = check.check(target.url(), target.user(), null);

        assertThat(result.schemaVersion()).contains("14");
        assertThat(result.describe()).isEqualTo("Connected: PostgreSQL " + result.serverVersion()
                + ", Kumo schema version 14, 2 tasks, 1 node");
    }

    @Test
    void aServerThatDoesNotAnswerFailsWithTheDriversReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThatThrownBy(() -> check.check("jdbc:postgresql://127.0.0.1:" + closed + "/kumo", "kumo", "secret"))
                .isInstanceOf(SQLException.class).hasMessageContaining(String.valueOf(closed));
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> check.check("jdbc:mysql://db/kumo", "kumo", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Kumo shares PostgreSQL only");
        assertThatThrownBy(() -> ConnectionCheck.validate(" ", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("the database URL is empty");
    }

    @Test
    void theVersionDropsTheDistributionsSuffix() {
        assertThat(ConnectionCheck.shortVersion("15.8 (Debian 15.8-1.pgdg120+1)")).isEqualTo("15.8");
        assertThat(ConnectionCheck.shortVersion("16.4")).isEqualTo("16.4");
    }

    @Test
    void oneTaskIsSingular() {
        assertThat(new ConnectionCheck.Result("16.4", Optional.of("14"), 1, 3).describe())
                .isEqualTo("Connected: PostgreSQL 16.4, Kumo schema version 14, 1 task, 3 nodes");
    }
}
