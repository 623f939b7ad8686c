package io.kumo.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a cluster wrote in its shared database, read with plain JDBC beside the nodes (never through Kumo's own store):
 * the {@code runs} and {@code nodes} rows a cluster test checks. Each call opens its own short connection.
 */
public final class ClusterRows {

    public record RunRow(long id, long taskId, String taskName, String trigger, Instant scheduledFor, Instant startedAt,
                         Instant endedAt, String status, String node, Long pid, int attempt, String error) {
    }

    public record NodeRow(String name, String incarnation, String status, Instant heartbeatAt, Instant declaredDeadAt,
                          String declaredDeadBy) {
    }

    private static final String RUN_COLUMNS = "id, task_id, task_name, trigger_kind, scheduled_for, started_at, ended_at,"
            + " status, node, pid, attempt, error";

    private final String url;
    private final String user;

    public ClusterRows(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Runs matching {@code where} (SQL over the runs table's columns, {@code ?} bound to {@code args}), by id. */
    public List<RunRow> runs(String where, Object... args) throws SQLException {
        String sql = "SELECT " + RUN_COLUMNS + " FROM runs WHERE " + where + " ORDER BY id";
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i] instanceof Instant instant ? instant.toEpochMilli() : args[i]);
            }
            List<RunRow> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new RunRow(row.getLong("id"), row.getLong("task_id"), row.getString("task_name"),
                            row.getString("trigger_kind"), instant(row, "scheduled_for"), instant(row, "started_at"),
                            instant(row, "ended_at"), row.getString("status"), row.getString("node"),
                            (Long) row.getObject("pid", Long.class), row.getInt("attempt"), row.getString("error")));
                }
            }
            return rows;
        }
    }

    /** Every node's row, by name. */
    public Map<String, NodeRow> nodes() throws SQLException {
        String sql = "SELECT name, incarnation, status, heartbeat_at, declared_dead_at, declared_dead_by FROM nodes ORDER BY name";
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            Map<String, NodeRow> nodes = new LinkedHashMap<>();
            while (row.next()) {
                nodes.put(row.getString("name"), new NodeRow(row.getString("name"), row.getString("incarnation"),
                        row.getString("status"), instant(row, "heartbeat_at"), instant(row, "declared_dead_at"),
                        row.getString("declared_dead_by")));
            }
            return nodes;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // no nodes table yet: no node has migrated the database
                return Map.of();
            }
            throw e;
        }
    }

    /** Whether the node's row says ALIVE. */
    public boolean alive(String node) throws SQLException {
        NodeRow row = nodes().get(node);
        return row != null && row.status().equals("ALIVE");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
