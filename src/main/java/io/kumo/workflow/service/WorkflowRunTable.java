package io.kumo.workflow.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read side of workflow runs: {@code workflow_runs} with their {@code workflow_step_runs}, newest first, in plain
 * JDBC (two queries per page: the runs, then all their steps). The workflow engine writes these tables; this only reads.
 */
public final class WorkflowRunTable {

    /** Which runs a page holds; null fields do not filter. */
    public record Query(Long workflowId, String workflowName, RunStatus status, Long beforeId, int limit) {

        public static Query latest(int limit) {
            return new Query(null, null, null, null, limit);
        }

        public Query withStatus(RunStatus wanted) {
            return new Query(workflowId, workflowName, wanted, beforeId, limit);
        }

        /** The next page: runs older than {@code id}. */
        public Query before(long id) {
            return new Query(workflowId, workflowName, status, id, limit);
        }
    }

    private static final String RUN_COLUMNS = "id, workflow_id, workflow_name, trigger_kind, status, scheduled_for, "
            + "started_at, ended_at, params, definition, rerun_of, error";
    private static final String STEP_COLUMNS = "workflow_run_id, step_name, handler, status, started_at, ended_at, "
            + "exit_code, run_id, attempts, outputs, note";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public WorkflowRunTable(Database database) {
        this.database = database;
    }

    public Optional<WorkflowRunRecord> find(long id) {
        return read(connection -> {
            List<WorkflowRunRecord> found = runs(connection, "SELECT " + RUN_COLUMNS + " FROM workflow_runs WHERE id = ?",
                    List.of(id));
            return found.stream().findFirst();
        });
    }

    /** Newest first. */
    public List<WorkflowRunRecord> page(Query query) {
        StringBuilder sql = new StringBuilder("SELECT " + RUN_COLUMNS + " FROM workflow_runs WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.workflowId() != null) {
            sql.append(" AND workflow_id = ?");
            values.add(query.workflowId());
        }
        if (query.workflowName() != null) {
            sql.append(" AND workflow_name = ?");
            values.add(query.workflowName());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            values.add(query.status().name());
        }
        if (query.beforeId() != null) {
            sql.append(" AND id < ?");
            values.add(query.beforeId());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        values.add(Math.max(0, query.limit()));
        return read(connection -> runs(connection, sql.toString(), values));
    }

    /** The newest run's status and start (or queue) time of each workflow that ran, by workflow id, in one query. */
    public Map<Long, LastRun> lastRuns() {
        String sql = "SELECT r.workflow_id, r.status, COALESCE(r.started_at, r.queued_at, r.scheduled_for) "
                + "FROM workflow_runs r JOIN (SELECT workflow_id, MAX(id) AS newest FROM workflow_runs GROUP BY workflow_id) n "
                + "ON r.id = n.newest";
        return read(connection -> {
            Map<Long, LastRun> last = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getLong(1), new LastRun(StoredStatuses.runStatus(rows.getString(2)), instant(rows, 3)));
                }
            }
            return last;
        });
    }

    /** {@link #lastRuns()} of one workflow: its newest run, by the workflow_id index. */
    public java.util.Optional<LastRun> lastRun(long workflowId) {
        String sql = "SELECT status, COALESCE(started_at, queued_at, scheduled_for) FROM workflow_runs WHERE workflow_id = ? "
                + "ORDER BY id DESC LIMIT 1";
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, workflowId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? java.util.Optional.of(new LastRun(StoredStatuses.runStatus(rows.getString(1)), instant(rows, 2)))
                            : java.util.Optional.<LastRun>empty();
                }
            }
        });
    }

    /** A workflow's newest run as its list line shows it. */
    public record LastRun(RunStatus status, Instant at) {
    }

    private static List<WorkflowRunRecord> runs(Connection connection, String sql, List<Object> values) throws SQLException {
        List<RunRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(runRow(result));
                }
            }
        }
        Map<Long, List<StepRunRecord>> steps = steps(connection, rows.stream().map(RunRow::id).toList());
        return rows.stream().map(row -> row.record(steps.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Map<Long, List<StepRunRecord>> steps(Connection connection, List<Long> runIds) throws SQLException {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        String marks = runIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        String sql = "SELECT " + STEP_COLUMNS + " FROM workflow_step_runs WHERE workflow_run_id IN (" + marks + ") "
                + "ORDER BY workflow_run_id, CASE WHEN handler IS NULL THEN 0 ELSE 1 END, position, id";
        Map<Long, List<StepRunRecord>> steps = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < runIds.size(); i++) {
                statement.setLong(i + 1, runIds.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(step(rows));
                }
            }
        }
        return steps;
    }

    private static StepRunRecord step(ResultSet row) throws SQLException {
        Integer exitCode = (Integer) row.getObject(7, Integer.class);
        Long runId = row.getObject(8, Long.class);
        return new StepRunRecord(row.getString(2), row.getString(3), StoredStatuses.stepStatus(row.getString(4)), instant(row, 5),
                instant(row, 6), exitCode, runId, row.getInt(9), map(row.getString(10)), row.getString(11));
    }

    private record RunRow(long id, long workflowId, String name, TriggerKind trigger, RunStatus status,
                          Instant scheduledFor, Instant startedAt, Instant endedAt, Map<String, String> params,
                          String yaml, Long rerunOf, String error) {

        WorkflowRunRecord record(List<StepRunRecord> steps) {
            return new WorkflowRunRecord(id, workflowId, name, trigger, status, scheduledFor, startedAt, endedAt, params,
                    yaml, rerunOf, error, List.copyOf(steps));
        }
    }

    private static RunRow runRow(ResultSet row) throws SQLException {
        return new RunRow(row.getLong(1), row.getLong(2), row.getString(3), StoredStatuses.triggerKind(row.getString(4)),
                StoredStatuses.runStatus(row.getString(5)), instant(row, 6), instant(row, 7), instant(row, 8), map(row.getString(9)),
                row.getString(10), row.getObject(11, Long.class), row.getString(12));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** A JSON object of strings (params, outputs); null or unreadable: empty. */
    static Map<String, String> map(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            JsonNode node = JSON.readTree(json);
            Map<String, String> values = new LinkedHashMap<>();
            node.properties().forEach(entry -> values.put(entry.getKey(),
                    entry.getValue().isNull() ? null : entry.getValue().asText()));
            return Collections.unmodifiableMap(values);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private <T> T read(Database.JdbcWork<T> work) {
        try {
            return database.withConnection(work);
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }
}
