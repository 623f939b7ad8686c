package io.kumo.workflow.engine;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunStore;
import io.kumo.service.TaskVariables;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow engine's writes of {@code workflow_runs} and {@code workflow_step_runs} (the service reads them). Each
 * step change is in the database file when the call returns (a kill -9 keeps it), before anything starts on its
 * account; a run's start and end also reach the device.
 */
final class WorkflowRunWriter {

    private final Database database;
    /** The node stamped on every workflow run written here ({@code workflow_runs.node}). */
    private final String node;

    WorkflowRunWriter(Database database, String node) {
        this.database = database;
        this.node = node;
    }

    /** A new run with its steps (their row ids set); empty when that workflow's instant is recorded already. */
    Optional<Long> insertRun(long workflowId, String workflowName, TriggerKind trigger, Instant scheduledFor, RunStatus status,
                             Instant now, Map<String, String> params, String yaml, Long rerunOf, String error,
                             Collection<StepState> steps) {
        return insertRun(workflowId, workflowName, trigger, scheduledFor, status, now, params, yaml, rerunOf, error, steps, null);
    }

    /** As above, for a run whose steps read a webhook request's body ({@code payloadPath}; null: none). */
    Optional<Long> insertRun(long workflowId, String workflowName, TriggerKind trigger, Instant scheduledFor, RunStatus status,
                             Instant now, Map<String, String> params, String yaml, Long rerunOf, String error,
                             Collection<StepState> steps, String payloadPath) {
        try {
            return Optional.of(database.inTransaction(() -> database.withConnection(connection -> {
                long id = insertRunRow(connection, workflowId, workflowName, trigger, scheduledFor, status, now, params, yaml,
                        rerunOf, error, payloadPath, node);
                for (StepState step : steps) {
                    insertStep(connection, id, step);
                }
                return id;
            })));
        } catch (StoreException e) {
            if (RunStore.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static long insertRunRow(Connection connection, long workflowId, String workflowName, TriggerKind trigger,
                                     Instant scheduledFor, RunStatus status, Instant now, Map<String, String> params,
                                     String yaml, Long rerunOf, String error, String payloadPath, String node)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workflow_runs (workflow_id, workflow_name, "
                + "trigger_kind, scheduled_for, status, queued_at, started_at, ended_at, params, definition, rerun_of, error, "
                + "payload_path, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, workflowId);
            insert.setString(2, workflowName);
            insert.setString(3, trigger.name());
            insert.setLong(4, scheduledFor.toEpochMilli());
            insert.setString(5, status.name());
            insert.setLong(6, now.toEpochMilli());
            setInstant(insert, 7, status == RunStatus.RUNNING ? now : null);
            setInstant(insert, 8, status.isTerminal() ? now : null);
            insert.setString(9, TaskVariables.encode(params));
            insert.setString(10, yaml);
            setLong(insert, 11, rerunOf);
            insert.setString(12, error == null ? null : truncate(error));
            insert.setString(13, payloadPath);
            insert.setString(14, node);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertStep(Connection connection, long runId, StepState step) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workflow_step_runs (workflow_run_id, step_name, "
                + "handler, position, status, run_id, attempts, started_at, ended_at, exit_code, outputs, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, runId);
            insert.setString(2, step.name);
            insert.setString(3, step.handler);
            insert.setInt(4, step.position);
            bindState(insert, 5, step);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                step.rowId = key.getLong(1);
            }
        }
    }

    /** The step's state, in the file when this returns. */
    void updateStep(StepState step) {
        database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE workflow_step_runs SET status = ?, run_id = ?, "
                    + "attempts = ?, started_at = ?, ended_at = ?, exit_code = ?, outputs = ?, note = ? WHERE id = ?")) {
                bindState(update, 1, step);
                update.setLong(9, step.rowId);
                return update.executeUpdate();
            }
        }));
    }

    /** The run's status, start, end and error, on the device when this returns. */
    void updateRun(long id, RunStatus status, Instant startedAt, Instant endedAt, String error) {
        database.inTransaction(() -> database.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workflow_runs SET status = ?, started_at = ?, ended_at = ?, error = ? WHERE id = ?")) {
                update.setString(1, status.name());
                setInstant(update, 2, startedAt);
                setInstant(update, 3, endedAt);
                update.setString(4, error == null ? null : truncate(error));
                update.setLong(5, id);
                return update.executeUpdate();
            }
        }));
    }

    /** A scheduled fire moves the workflow's last fired instant (never back), as a task's. */
    void moveLastFired(long workflowId, Instant firedUpTo) {
        database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE workflows SET last_fired_at = ? WHERE id = ? AND (last_fired_at IS NULL OR last_fired_at < ?)")) {
                move.setLong(1, firedUpTo.toEpochMilli());
                move.setLong(2, workflowId);
                move.setLong(3, firedUpTo.toEpochMilli());
                return move.executeUpdate();
            }
        }));
    }

    /** Binds status, run_id, attempts, started_at, ended_at, exit_code, outputs, note from {@code first}. */
    private static void bindState(PreparedStatement statement, int first, StepState step) throws SQLException {
        statement.setString(first, step.status.name());
        setLong(statement, first + 1, step.runId);
        statement.setInt(first + 2, step.attempts);
        setInstant(statement, first + 3, step.startedAt);
        setInstant(statement, first + 4, step.endedAt);
        if (step.exitCode == null) {
            statement.setNull(first + 5, Types.INTEGER);
        } else {
            statement.setInt(first + 5, step.exitCode);
        }
        statement.setString(first + 6, step.outputs.isEmpty() ? null : TaskVariables.encode(step.outputs));
        statement.setString(first + 7, step.note == null ? null : truncate(step.note));
    }

    private static String truncate(String note) {
        return note.length() <= 4000 ? note : note.substring(0, 3999) + "…";
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        setLong(statement, index, value == null ? null : value.toEpochMilli());
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
