package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.store.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * The engine's hot-path writes of run rows (a fire's insert, the run's changes, the claim) as plain prepared JDBC on
 * the caller's transaction connection: ORMLite reads and converts every field by reflection on each call, which was
 * 10-15 % of the engine's CPU samples (docs/performance.md). H2 caches the parsed form of recent statements per
 * session, so the constant SQL texts are rarely parsed again. Reads stay with ORMLite.
 */
final class RunRows {

    /** Every column but the id, in the order {@link #bind} sets them. */
    private static final String COLUMNS = "task_id, task_name, trigger_kind, scheduled_for, queued_at, claimed_at, "
            + "started_at, ended_at, pid, exit_code, status, attempt, first_run_id, peak_cpu, peak_rss, log_path, error, "
            + "samples, missed_fires, missed_until, workflow_run_id, step_name, payload_path, node, cpu_millis"
            + ", git_commit";
    private static final int COLUMN_COUNT = 26;
    private static final String INSERT = "INSERT INTO runs (" + COLUMNS + ") VALUES (?" + ", ?".repeat(COLUMN_COUNT - 1) + ")";
    private static final String INSERT_UNLESS_RECORDED = INSERT + " ON CONFLICT (task_id, scheduled_for) DO NOTHING";
    private static final String UPDATE = "UPDATE runs SET " + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?";
    /** Cluster mode: only a row still this node's and not ended (another node may have ended it INTERRUPTED). */
    private static final String UPDATE_FENCED = UPDATE + " AND node = ? AND status IN ('QUEUED', 'RUNNING')";
    private static final String CLAIM = "UPDATE runs SET claimed_at = ? WHERE id = ?";
    /** Set once, when a run ends: kept out of {@link #COLUMNS} so that the runs' frequent writes do not carry it. */
    private static final String OUTPUT_FILES = "UPDATE runs SET output_files = ? WHERE id = ?";
    /** Cluster mode: a run taken over (its node changed) or stopped elsewhere meanwhile is not claimed. */
    private static final String CLAIM_FENCED = CLAIM + " AND status = 'QUEUED' AND node = ?";

    private RunRows() {
    }

    /** Inserts the run and gives it its new id. */
    static void insert(Connection connection, Run run) throws SQLException {
        if (!insert(connection, run, INSERT)) {
            throw new SQLException("no id generated for the run of task " + run.getTaskId());
        }
    }

    /**
     * Inserts a fire's run unless its (task, instant) is recorded already; whether it did. On PostgreSQL the loser of a
     * race between nodes meets no error ({@code ON CONFLICT DO NOTHING}): an error would abort the whole transaction and
     * fill the server's log at every fire of a cluster. H2 has no such clause: there the unique violation is the answer.
     */
    static boolean insertFire(Connection connection, Run run, SqlDialect dialect) throws SQLException {
        if (dialect != SqlDialect.POSTGRESQL) {
            insert(connection, run);
            return true;
        }
        return insert(connection, run, INSERT_UNLESS_RECORDED);
    }

    private static boolean insert(Connection connection, Run run, String sql) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(insert, run);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                if (!key.next()) {
                    return false;
                }
                run.setId(key.getLong(1));
                return true;
            }
        }
    }

    /** Writes every column of each run, one batch. */
    static void updateAll(Connection connection, List<Run> runs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Run run : runs) {
                bind(update, run);
                update.setLong(COLUMN_COUNT + 1, run.getId());
                update.addBatch();
            }
            update.executeBatch();
        }
        updateOutputFiles(connection, runs);
    }

    /** The output files of the ended runs among {@code runs} (those that have them), one batch. */
    private static void updateOutputFiles(Connection connection, List<Run> runs) throws SQLException {
        List<Run> listed = runs.stream().filter(run -> run.getOutputFiles() != null).toList();
        if (listed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(OUTPUT_FILES)) {
            for (Run run : listed) {
                update.setString(1, run.getOutputFiles());
                update.setLong(2, run.getId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Cluster mode: writes every column of each run whose row is still {@code node}'s and not ended, one batch.
     * Returns the runs whose row was left alone.
     */
    static List<Run> updateAllFenced(Connection connection, List<Run> runs, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_FENCED)) {
            for (Run run : runs) {
                bind(update, run);
                update.setLong(COLUMN_COUNT + 1, run.getId());
                update.setString(COLUMN_COUNT + 2, node);
                update.addBatch();
            }
            List<Run> untouched = untouched(runs, update.executeBatch());
            updateOutputFiles(connection, runs.stream().filter(run -> !untouched.contains(run)).toList());
            return untouched;
        }
    }

    /** Sets {@code claimed_at} of each run, one batch. */
    static void claimAll(Connection connection, List<Run> runs, Instant now) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            for (Run run : runs) {
                claim.setLong(1, now.toEpochMilli());
                claim.setLong(2, run.getId());
                claim.addBatch();
            }
            claim.executeBatch();
        }
    }

    /** Cluster mode: claims each run still QUEUED on {@code node}, one batch; returns the runs not claimed. */
    static List<Run> claimAllFenced(Connection connection, List<Run> runs, Instant now, String node) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_FENCED)) {
            for (Run run : runs) {
                claim.setLong(1, now.toEpochMilli());
                claim.setLong(2, run.getId());
                claim.setString(3, node);
                claim.addBatch();
            }
            return untouched(runs, claim.executeBatch());
        }
    }

    private static List<Run> untouched(List<Run> runs, int[] counts) {
        List<Run> left = new java.util.ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (counts[i] == 0) { // SUCCESS_NO_INFO (-2) counts as written: neither H2 nor PostgreSQL report it here
                left.add(runs.get(i));
            }
        }
        return left;
    }

    private static void bind(PreparedStatement statement, Run run) throws SQLException {
        statement.setLong(1, run.getTaskId());
        statement.setString(2, run.getTaskName());
        statement.setString(3, run.getTriggerKind().name());
        statement.setLong(4, run.getScheduledFor().toEpochMilli());
        setInstant(statement, 5, run.getQueuedAt());
        setInstant(statement, 6, run.getClaimedAt());
        setInstant(statement, 7, run.getStartedAt());
        setInstant(statement, 8, run.getEndedAt());
        setLong(statement, 9, run.getPid());
        if (run.getExitCode() == null) {
            statement.setNull(10, Types.INTEGER);
        } else {
            statement.setInt(10, run.getExitCode());
        }
        statement.setString(11, run.getStatus().name());
        statement.setInt(12, run.getAttempt());
        setLong(statement, 13, run.getFirstRunId());
        if (run.getPeakCpu() == null) {
            statement.setNull(14, Types.DOUBLE);
        } else {
            statement.setDouble(14, run.getPeakCpu());
        }
        setLong(statement, 15, run.getPeakRss());
        statement.setString(16, run.getLogPath());
        statement.setString(17, run.getError());
        statement.setString(18, run.getSamples());
        if (run.getMissedFires() == null) {
            statement.setNull(19, Types.INTEGER);
        } else {
            statement.setInt(19, run.getMissedFires());
        }
        setInstant(statement, 20, run.getMissedUntil());
        setLong(statement, 21, run.getWorkflowRunId());
        statement.setString(22, run.getStepName());
        statement.setString(23, run.getPayloadPath());
        statement.setString(24, run.getNode());
        setLong(statement, 25, run.getCpuMillis());
        statement.setString(26, run.getGitCommit());
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
