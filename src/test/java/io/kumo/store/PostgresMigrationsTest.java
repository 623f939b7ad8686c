package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.storage.StorageHealth;
import io.kumo.storage.StoreException;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same migrations on a real PostgreSQL server: the schema they build is H2's, table for table, column for column. */
class PostgresMigrationsTest {

    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void anEmptyDatabaseMigratesToTheSameTablesAndColumnsAsH2() throws SQLException {
        DatabaseTarget.Server target = server.newDatabase();
        try (Database database = Database.open(target, storage())) {
            assertThat(database.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
            assertThat(database.shared()).isTrue();
        }
        Database.open(dir).close();

        Map<String, TreeSet<String>> postgres;
        try (Connection connection = connect(target)) {
            postgres = columnsByTable(connection);
            assertThat(schemaVersion(connection)).isEqualTo(Migrations.newestVersion());
        }
        Map<String, TreeSet<String>> h2;
        try (Connection connection = DriverManager.getConnection(Database.urlFor(dir), "kumo", "")) {
            h2 = columnsByTable(connection);
        }
        assertThat(postgres.keySet()).contains("tasks", "runs", "nodes", "run_log_chunks", "workflow_step_runs");
        assertThat(postgres).isEqualTo(h2);
    }

    @Test
    void aMigratedDatabaseIsCurrentAndReopensWithoutMigrating() {
        DatabaseTarget.Server target = server.newDatabase();
        Migrations migrations = new Migrations(target);
        assertThat(migrations.isCurrent()).as("empty database").isFalse();
        migrations.migrateTo("13");
        assertThat(migrations.isCurrent()).as("version 13").isFalse();
        Database.open(target, storage()).close();
        assertThat(migrations.isCurrent()).isTrue();
        assertThat(migrations.migrate().migrationsExecuted).isZero();
    }

    @Test
    void indexesAndUniqueKeysExistOnPostgresqlToo() throws SQLException {
        DatabaseTarget.Server target = server.newDatabase();
        Database.open(target, storage()).close();
        try (Connection connection = connect(target); Statement sql = connection.createStatement()) {
            assertThat(names(connection, "SELECT indexname FROM pg_indexes WHERE tablename = 'runs'"))
                    .contains("ix_runs_status_scheduled", "ix_runs_day_figures", "ix_runs_node_status", "uq_runs_task_scheduled")
                    .doesNotContain("ix_runs_task_started", "ix_runs_started");
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) VALUES (7, 't', 'CRON', 5000, 'RUNNING')");
            assertThatThrownBy(() -> sql.execute(
                    "INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) VALUES (7, 't', 'CRON', 5000, 'QUEUED')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("uq_runs_task_scheduled");
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsOneClearLine() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DatabaseTarget.Server target = DatabaseTarget.server("jdbc:postgresql://127.0.0.1:" + closedPort + "/kumo", "kumo", "s3cret");
        assertThatThrownBy(() -> Database.open(target, storage()))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot connect to PostgreSQL at 127.0.0.1:" + closedPort + "/kumo: connection refused");
    }

    @Test
    void aMissingDatabaseIsNamedAndThePasswordIsNot() {
        String url = server.url("no_such_database") + "?password=s3cret";
        assertThatThrownBy(() -> Database.open(DatabaseTarget.server(url, "kumo", "s3cret"), storage()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL at 127.0.0.1:" + server.port() + "/no_such_database: ")
                .hasMessageContaining("no_such_database\" does not exist")
                .message().doesNotContain("s3cret");
    }

    private StorageHealth storage() {
        return StorageHealth.of(dir, Clock.systemUTC());
    }

    private static Connection connect(DatabaseTarget.Server target) throws SQLException {
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }

    private static Map<String, TreeSet<String>> columnsByTable(Connection connection) throws SQLException {
        Map<String, TreeSet<String>> columns = new TreeMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                        + "AND table_name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return columns;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        return names(connection, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC")
                .getFirst();
    }

    private static List<String> names(Connection connection, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
