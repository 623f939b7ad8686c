package io.kumo.store;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.storage.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every task in one plain JDBC query, in name order, as ORMLite would map them (same fields, an enum value this Kumo
 * does not know read as its default): a listing of 10,000 tasks without ORMLite's reflective mapping of each field of
 * each row. Reads only; writes stay with the audited repository.
 */
public final class TaskTable {

    private static final String ALL = "SELECT id, name, description, project_id, env_id, command, use_shell, work_dir, "
            + "trigger_type, cron_expr, interval_seconds, anchor_at, run_at, time_zone, timeout_seconds, retries, "
            + "retry_delay_seconds, retry_backoff, env_vars, priority, overlap_policy, misfire_policy, enabled, notify, "
            + "tags, last_fired_at, created_at, updated_at, node_labels, "
            + "max_memory_bytes, max_cpu_percent, max_processes, max_open_files, max_output_bytes, sandbox, sandbox_image, "
            + "sandbox_network, only_on_ac, only_online, online_host, only_idle_seconds, not_metered, condition_wait_seconds FROM tasks ORDER BY name";

    private final Database database;

    public TaskTable(Database database) {
        this.database = database;
    }

    /** Every task, ordered by name. */
    public List<Task> all() {
        try {
            return database.withConnection(connection -> {
                try (PreparedStatement query = connection.prepareStatement(ALL); ResultSet rows = query.executeQuery()) {
                    List<Task> tasks = new ArrayList<>();
                    while (rows.next()) {
                        tasks.add(task(rows));
                    }
                    return tasks;
                }
            });
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    private static Task task(ResultSet row) throws SQLException {
        Task task = new Task();
        task.setId(row.getLong(1));
        task.setName(row.getString(2));
        task.setDescription(row.getString(3));
        task.setProjectId(longOrNull(row, 4));
        task.setEnvironmentId(longOrNull(row, 5));
        task.setCommand(row.getString(6));
        task.setUseShell(row.getBoolean(7));
        task.setWorkDir(row.getString(8));
        task.setTriggerType(known(TriggerType.class, row.getString(9), TriggerType.MANUAL));
        task.setCronExpression(row.getString(10));
        task.setIntervalSeconds(longOrNull(row, 11));
        task.setAnchorAt(instant(row, 12));
        task.setRunAt(instant(row, 13));
        task.setTimeZone(row.getString(14));
        task.setTimeoutSeconds(longOrNull(row, 15));
        task.setRetries(row.getInt(16));
        task.setRetryDelaySeconds(row.getLong(17));
        task.setRetryBackoff(known(RetryBackoff.class, row.getString(18), RetryBackoff.FIXED));
        task.setEnvironmentVariables(row.getString(19));
        task.setPriority(row.getInt(20));
        task.setOverlapPolicy(known(OverlapPolicy.class, row.getString(21), OverlapPolicy.SKIP));
        task.setMisfirePolicy(known(MisfirePolicy.class, row.getString(22), MisfirePolicy.ONCE));
        task.setEnabled(row.getBoolean(23));
        task.setNotify(row.getBoolean(24));
        task.setTags(row.getString(25));
        task.setLastFiredAt(instant(row, 26));
        task.setCreatedAt(instant(row, 27));
        task.setUpdatedAt(instant(row, 28));
        task.setNodeLabels(row.getString(29));
        task.setLimits(new ResourceLimits(longOrNull(row, 30), intOrNull(row, 31), intOrNull(row, 32), intOrNull(row, 33),
                longOrNull(row, 34)));
        task.setSandbox(new Sandbox(known(SandboxMode.class, row.getString(35), SandboxMode.NONE), row.getString(36),
                row.getBoolean(37)));
        task.setConditions(new RunConditions(row.getBoolean(38), row.getBoolean(39), row.getString(40), longOrNull(row, 41),
                row.getBoolean(42), row.getLong(43)));
        return task;
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Long millis = longOrNull(row, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** As ORMLite's {@code unknownEnumName}: a value this Kumo does not know reads as {@code fallback}. */
    private static <E extends Enum<E>> E known(Class<E> type, String name, E fallback) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return fallback;
    }
}
