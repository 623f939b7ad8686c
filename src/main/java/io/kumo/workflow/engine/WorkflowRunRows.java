package io.kumo.workflow.engine;

import io.kumo.domain.RunStatus;
import io.kumo.service.TaskVariables;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.workflow.service.StoredStatuses;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engine's own reads of stored workflow runs: what recovery and a re-run from the failed steps start from. */
final class WorkflowRunRows {

    /** A stored run as far as the engine needs it. */
    record StoredRun(long id, long workflowId, String workflowName, RunStatus status, Map<String, String> params, String yaml,
                     Instant startedAt, String payloadPath) {
    }

    /** The latest attempt (run row) of a step. */
    record Attempt(long runId, RunStatus status, Integer exitCode, Instant startedAt, Instant endedAt, String error, String logPath) {
    }

    private final Database database;
    /** Cluster mode: the node whose runs recovery reads (the others' are theirs); null: every run. */
    private final String onlyNode;

    WorkflowRunRows(Database database, String onlyNode) {
        this.database = database;
        this.onlyNode = onlyNode;
    }

    /** The runs left RUNNING or QUEUED (in a cluster, of this node only). */
    List<Long> unfinished() {
        return read(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM workflow_runs WHERE status IN "
                    + "('RUNNING', 'QUEUED')" + (onlyNode == null ? "" : " AND node = ?") + " ORDER BY id")) {
                if (onlyNode != null) {
                    query.setString(1, onlyNode);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    Optional<StoredRun> run(long id) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT workflow_id, workflow_name, status, params, definition, started_at, payload_path FROM workflow_runs "
                    + "WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredRun(id, rows.getLong(1), rows.getString(2), StoredStatuses.runStatus(rows.getString(3)),
                            TaskVariables.decodeMap(rows.getString(4)), rows.getString(5), instant(rows, 6), rows.getString(7)));
                }
            }
        });
    }

    /** Its steps and handlers in position order. */
    List<StepState> steps(long runId) {
        return read(connection -> {
            List<StepState> steps = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, step_name, handler, position, status, run_id, "
                    + "attempts, started_at, ended_at, exit_code, outputs, note FROM workflow_step_runs WHERE workflow_run_id = ? "
                    + "ORDER BY position")) {
                query.setLong(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        StepState step = new StepState(rows.getString(2), rows.getString(3), rows.getInt(4));
                        step.rowId = rows.getLong(1);
                        step.status = StoredStatuses.stepStatus(rows.getString(5));
                        step.runId = (Long) rows.getObject(6, Long.class);
                        step.attempts = rows.getInt(7);
                        step.startedAt = instant(rows, 8);
                        step.endedAt = instant(rows, 9);
                        step.exitCode = rows.getObject(10, Integer.class);
                        step.outputs.putAll(TaskVariables.decodeMap(rows.getString(11)));
                        step.note = rows.getString(12);
                        steps.add(step);
                    }
                }
            }
            return steps;
        });
    }

    /** The run row of the step's latest attempt (its task id is minus the step row's id). */
    Optional<Attempt> latestAttempt(StepState step) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, status, exit_code, started_at, ended_at, error, "
                    + "log_path FROM runs WHERE task_id = ? ORDER BY id DESC LIMIT 1")) {
                query.setLong(1, -step.rowId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Attempt(rows.getLong(1), StoredStatuses.runStatus(rows.getString(2)),
                            rows.getObject(3, Integer.class), instant(rows, 4), instant(rows, 5), rows.getString(6), rows.getString(7)));
                }
            }
        });
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Long millis = rows.getObject(column, Long.class);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private <T> T read(Database.JdbcWork<T> work) {
        return StoreException.unchecked(() -> database.withConnection(work));
    }
}
