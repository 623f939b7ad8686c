package io.kumo.cluster.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A dead node's workflow runs, ended as the workflow engine's recovery ends those a crash left (the same rules, on
 * another node, in the takeover's transaction): each RUNNING or QUEUED run ends INTERRUPTED and keeps its finished
 * steps; an unfinished step takes its latest attempt's end (the attempts were interrupted just before), or INTERRUPTED
 * when none was recorded. A step that succeeded keeps no outputs here: its outputs file is on the dead node's disk.
 * Statuses are written as the workflow tables store them ({@code io.kumo.workflow.StepStatus} names).
 */
final class WorkflowTakeover {

    private static final String REASON_SUFFIX = "; the steps that finished are kept (re-run from the failed steps to carry on)";

    private final Connection connection;
    private final Instant now;
    private final String gone;

    WorkflowTakeover(Connection connection, Instant now, String gone) {
        this.connection = connection;
        this.now = now;
        this.gone = gone;
    }

    /** Ends every unfinished workflow run of {@code node}; returns how many. */
    int interruptRunsOf(String node) throws SQLException {
        List<Long> unfinished = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM workflow_runs WHERE node = ? AND status IN ('RUNNING', 'QUEUED') ORDER BY id FOR UPDATE")) {
            query.setString(1, node);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    unfinished.add(rows.getLong(1));
                }
            }
        }
        for (long id : unfinished) {
            endSteps(id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workflow_runs SET status = 'INTERRUPTED', ended_at = ?, error = ? WHERE id = ?")) {
                update.setLong(1, now.toEpochMilli());
                update.setString(2, gone + REASON_SUFFIX);
                update.setLong(3, id);
                update.executeUpdate();
            }
        }
        return unfinished.size();
    }

    private record Step(long id, boolean waiting) {
    }

    private void endSteps(long workflowRunId) throws SQLException {
        List<Step> unfinished = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, status FROM workflow_step_runs "
                + "WHERE workflow_run_id = ? AND status IN ('WAITING', 'RUNNING') ORDER BY position")) {
            query.setLong(1, workflowRunId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    unfinished.add(new Step(rows.getLong(1), "WAITING".equals(rows.getString(2))));
                }
            }
        }
        for (Step step : unfinished) {
            endStep(step);
        }
    }

    private void endStep(Step step) throws SQLException {
        try (PreparedStatement attempt = connection.prepareStatement("SELECT id, status, exit_code, started_at, ended_at, error "
                + "FROM runs WHERE task_id = ? ORDER BY id DESC LIMIT 1")) {
            attempt.setLong(1, -step.id()); // a step's attempts run as the task minus its row id
            try (ResultSet last = attempt.executeQuery()) {
                if (!last.next()) {
                    write(step.id(), "INTERRUPTED", null, null, null, step.waiting()
                            ? "not started: " + gone : gone + " before its attempt was recorded");
                    return;
                }
                String status = stepStatusOf(last.getString(2));
                String note = "SUCCESS".equals(status) ? "its outputs stayed on the node that ran it" : last.getString(6);
                Long endedAt = last.getObject(5, Long.class);
                write(step.id(), status, last.getLong(1), last.getObject(3, Integer.class), endedAt == null ? now.toEpochMilli() : endedAt,
                        note);
            }
        }
    }

    /** As the workflow engine maps an attempt's run status onto its step; one still going counts as interrupted. */
    private static String stepStatusOf(String runStatus) {
        return switch (runStatus) {
            case "SUCCESS", "TIMEOUT", "STOPPED", "INTERRUPTED" -> runStatus;
            case "QUEUED", "RUNNING" -> "INTERRUPTED";
            default -> "FAILED";
        };
    }

    private void write(long stepId, String status, Long runId, Integer exitCode, Long endedAt, String note) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE workflow_step_runs SET status = ?, "
                + "run_id = COALESCE(?, run_id), exit_code = ?, ended_at = ?, note = ? WHERE id = ?")) {
            update.setString(1, status);
            if (runId == null) {
                update.setNull(2, Types.BIGINT);
            } else {
                update.setLong(2, runId);
            }
            if (exitCode == null) {
                update.setNull(3, Types.INTEGER);
            } else {
                update.setInt(3, exitCode);
            }
            update.setLong(4, endedAt == null ? now.toEpochMilli() : endedAt);
            update.setString(5, note == null ? null : note.length() <= 4000 ? note : note.substring(0, 3999) + "…");
            update.setLong(6, stepId);
            update.executeUpdate();
        }
    }
}
