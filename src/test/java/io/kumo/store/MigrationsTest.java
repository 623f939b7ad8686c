package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void freshDatabaseGetsEveryTableAndHistoryIndex() throws SQLException {
        Database.open(dir).close();
        try (Connection connection = connect()) {
            assertThat(tables(connection)).contains("projects", "python_envs", "tasks", "runs", "settings",
                    "audit_events", "env_variables", "interpreters", "pypi_mirrors", "workflows", "workflow_runs",
                    "workflow_step_runs", "alert_channels", "alert_rules", "alert_deliveries", "api_tokens", "hook_triggers",
                    "error_groups", "report_schedules",
                    "flyway_schema_history");
            assertThat(indexes(connection, "runs")).contains("ix_runs_status_scheduled", "ix_runs_day_figures")
                    .doesNotContain("ix_runs_task_started", "ix_runs_status_started", "ix_runs_started"); // V10: read by no query
            assertThat(indexes(connection, "audit_events")).contains("ix_audit_occurred");
            assertThat(schemaVersion(connection)).isEqualTo("18");
        }
    }

    @Test
    void upgradeFromVersionOneKeepsExistingRows() throws SQLException {
        new Migrations(Database.urlFor(dir)).migrateTo("1");
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(tables(connection)).doesNotContain("env_variables");
            sql.execute("INSERT INTO tasks (name, command, trigger_type, created_at, updated_at) "
                    + "VALUES ('nightly', 'python etl.py', 'CRON', 1, 1)");
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) "
                    + "VALUES (1, 'nightly', 'CRON', 1000, 'SUCCESS')");
        }

        Database.open(dir).close();

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(schemaVersion(connection)).isEqualTo("18");
            assertThat(tables(connection)).contains("env_variables", "pypi_mirrors");
            assertThat(indexes(connection, "runs")).contains("ix_runs_status_scheduled");
            ResultSet rows = sql.executeQuery("SELECT t.name, r.status FROM tasks t JOIN runs r ON r.task_id = t.id");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("nightly");
            assertThat(rows.getString(2)).isEqualTo("SUCCESS");
        }
    }

    @Test
    void version13AddsTokensTriggersAndPayloadPathsAndKeepsRunsOfVersion12() throws SQLException {
        new Migrations(Database.urlFor(dir)).migrateTo("12");
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(tables(connection)).doesNotContain("api_tokens", "hook_triggers");
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) "
                    + "VALUES (1, 'nightly', 'CRON', 1000, 'SUCCESS')");
        }

        Database.open(dir).close();

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(columns(connection, "runs")).contains("payload_path");
            assertThat(columns(connection, "workflow_runs")).contains("payload_path");
            try (ResultSet rows = sql.executeQuery("SELECT task_name, payload_path FROM runs")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("nightly");
                assertThat(rows.getString(2)).isNull();
            }
            sql.execute("INSERT INTO api_tokens (name, role, token_hash, created_at, updated_at) VALUES ('ci', 'viewer', 'h1', 1, 1)");
            assertThatThrownBy(() -> sql.execute("INSERT INTO api_tokens (name, role, token_hash, created_at, updated_at) "
                    + "VALUES ('ci', 'admin', 'h2', 1, 1)")).hasMessageContaining("uq_api_tokens_name");
            assertThatThrownBy(() -> sql.execute("INSERT INTO api_tokens (name, role, token_hash, created_at, updated_at) "
                    + "VALUES ('cd', 'admin', 'h1', 1, 1)")).hasMessageContaining("uq_api_tokens_hash");
            sql.execute("INSERT INTO hook_triggers (public_id, target_kind, target_id, secret_sealed, created_at, updated_at) "
                    + "VALUES ('p1', 'TASK', 1, 's', 1, 1)");
            assertThatThrownBy(() -> sql.execute("INSERT INTO hook_triggers (public_id, target_kind, target_id, "
                    + "secret_sealed, created_at, updated_at) VALUES ('p1', 'WORKFLOW', 2, 's', 1, 1)"))
                    .hasMessageContaining("uq_hook_triggers_public");
        }
    }

    @Test
    void aRunAnOlderKumoClaimedInStartedAtStaysClaimedAfterTheUpgrade() throws SQLException {
        new Migrations(Database.urlFor(dir)).migrateTo("8");
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, started_at, status) "
                    + "VALUES (1, 'claimed', 'CRON', 1000, 1200, 'QUEUED')");
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, started_at, status) "
                    + "VALUES (1, 'claimed', 'CRON', 2000, 2100, 'SUCCESS')");
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) "
                    + "VALUES (1, 'claimed', 'CRON', 3000, 'QUEUED')");
        }

        Database.open(dir).close();

        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT claimed_at FROM runs ORDER BY scheduled_for")) {
            List<Long> claimed = new ArrayList<>();
            while (rows.next()) {
                long value = rows.getLong(1);
                claimed.add(rows.wasNull() ? null : value);
            }
            assertThat(claimed).containsExactly(1200L, null, null);
        }
    }

    @Test
    void oneRunPerTaskAndScheduledInstant() throws SQLException {
        Database.open(dir).close();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) VALUES (7, 't', 'CRON', 5000, 'RUNNING')");
            assertThatThrownBy(() -> sql.execute(
                    "INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) VALUES (7, 't', 'CRON', 5000, 'QUEUED')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("uq_runs_task_scheduled");
        }
    }

    @Test
    void reopeningAMigratedDatabaseAppliesNothing() {
        Database.open(dir).close();
        assertThat(new Migrations(Database.urlFor(dir)).migrate().migrationsExecuted).isZero();
    }

    @Test
    void onlyAFullyMigratedSchemaCountsAsCurrent() throws SQLException {
        Migrations migrations = new Migrations(Database.urlFor(dir));
        assertThat(migrations.isCurrent()).as("empty database").isFalse();
        migrations.migrateTo("1");
        assertThat(migrations.isCurrent()).as("version 1").isFalse();
        migrations.migrate();
        assertThat(migrations.isCurrent()).isTrue();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Migrations.NEWEST_VERSION + "'");
        }
        assertThat(migrations.isCurrent()).as("newest migration failed").isFalse();
    }

    @Test
    void newestVersionNamesTheNewestMigrationFile() throws Exception {
        int newest = java.util.stream.Stream.of("/db/migration", "/db/vendor/h2", "/db/vendor/postgresql")
                .flatMap(folder -> migrationFiles(folder).stream())
                .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                .max().orElseThrow();
        assertThat(Migrations.NEWEST_VERSION).isEqualTo(String.valueOf(newest));
    }

    @Test
    void everyVendorMigrationExistsForBothDatabasesAndNoneAlsoInTheCommonFolder() {
        List<String> h2 = migrationFiles("/db/vendor/h2");
        assertThat(migrationFiles("/db/vendor/postgresql")).containsExactlyInAnyOrderElementsOf(h2);
        assertThat(migrationFiles("/db/migration")).doesNotContainAnyElementsOf(h2);
    }

    private static List<String> migrationFiles(String folder) {
        try (var files = java.nio.file.Files.list(Path.of(Migrations.class.getResource(folder).toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql")).toList();
        } catch (Exception e) {
            throw new IllegalStateException(folder, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(Database.urlFor(dir), "kumo", "");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return names(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static List<String> indexes(Connection connection, String table) throws SQLException {
        return names(connection, "SELECT index_name FROM information_schema.indexes WHERE table_name = '" + table + "'");
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        return names(connection, "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'");
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        List<String> versions = names(connection,
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC");
        return versions.getFirst();
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
