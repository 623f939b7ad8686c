package io.kumo.testkit;

import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

/** Writes workflow run rows as the workflow engine does (V11's tables), so the read side can be tested on its own. */
public final class WorkflowRunRows {

    private final Database database;
    private long runs;

    public WorkflowRunRows(Database database) {
        this.database = database;
    }

    public long run(long workflowId, String name, String status, Instant startedAt, Instant endedAt, String params) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workflow_runs (workflow_id, "
                    + "workflow_name, trigger_kind, scheduled_for, status, queued_at, started_at, ended_at, params, "
                    + "definition) VALUES (?, ?, 'MANUAL', ?, ?, ?, ?, ?, ?, 'name: x')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, workflowId);
                insert.setString(2, name);
                insert.setLong(3, startedAt.toEpochMilli() + ++runs); // one run per workflow and instant
                insert.setString(4, status);
                insert.setLong(5, startedAt.toEpochMilli());
                insert.setLong(6, startedAt.toEpochMilli());
                setInstant(insert, 7, endedAt);
                insert.setString(8, params);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void step(long runId, String name, String handler, int position, String status, Integer exitCode, Long stepRunId,
              Instant startedAt, Instant endedAt, String outputs) throws SQLException {
        database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workflow_step_runs (workflow_run_id, "
                    + "step_name, handler, position, status, run_id, attempts, started_at, ended_at, exit_code, outputs) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")) {
                insert.setLong(1, runId);
                insert.setString(2, name);
                insert.setString(3, handler);
                insert.setInt(4, position);
                insert.setString(5, status);
                if (stepRunId == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, stepRunId);
                }
                setInstant(insert, 7, startedAt);
                setInstant(insert, 8, endedAt);
                if (exitCode == null) {
                    insert.setNull(9, Types.INTEGER);
                } else {
                    insert.setInt(9, exitCode);
                }
                insert.setString(10, outputs);
                return insert.executeUpdate();
            }
        });
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }
}
