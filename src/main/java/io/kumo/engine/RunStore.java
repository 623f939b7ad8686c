package io.kumo.engine;

import com.j256.ormlite.dao.Dao;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's reads and writes of run records. An engine's store ({@link #on}) stamps its node's name on every run it
 * records; in cluster mode it is fenced: its run-state writes and claims touch only rows still its node's and not
 * ended, so a run another node took over (or ended INTERRUPTED) is never overwritten nor started here.
 */
public final class RunStore {

    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Dao<Run, Long> runs;
    /** The node stamped on the runs recorded here; null: a store that stamps none (readers, tools). */
    private final String node;
    private final boolean fenced;

    public RunStore(Database database) {
        this(database, null, false);
    }

    private RunStore(Database database, String node, boolean fenced) {
        this.database = database;
        this.runs = database.runs();
        this.node = node;
        this.fenced = fenced;
    }

    /**
     * This store as {@code node}'s: every run it records carries the name; {@code fenced} (cluster mode): run-state
     * writes and claims touch only rows still {@code node}'s and not ended.
     */
    public RunStore on(String node, boolean fenced) {
        return new RunStore(database, node, fenced);
    }

    /** The node this store records as (null: none). */
    public String node() {
        return node;
    }

    /**
     * Records a fire of {@code task} for {@code scheduledFor} and moves the task's last fired instant, in one
     * transaction. Empty when that fire is already recorded: the unique (task, scheduled_for) key is what makes a fire
     * never run twice.
     */
    public Optional<Run> recordFire(Task task, TriggerKind kind, Instant scheduledFor, RunStatus status, Instant now,
                                    String note) {
        return recordFire(task, kind, scheduledFor, status, now, note, null);
    }

    /** As {@link #recordFire(Task, TriggerKind, Instant, RunStatus, Instant, String)}, the run reading {@code payloadPath}. */
    public Optional<Run> recordFire(Task task, TriggerKind kind, Instant scheduledFor, RunStatus status, Instant now,
                                    String note, String payloadPath) {
        return recordFireAs(node, task, kind, scheduledFor, status, now, note, payloadPath);
    }

    /**
     * Cluster mode: a QUEUED fire that may not run on this node (a manual run of a task labelled for others, or asked
     * on a node that runs no tasks), recorded with no node: any eligible node adopts it. Empty when already recorded.
     */
    public Optional<Run> recordUnassigned(Task task, TriggerKind kind, Instant scheduledFor, Instant now, String payloadPath) {
        return recordFireAs(null, task, kind, scheduledFor, RunStatus.QUEUED, now, null, payloadPath);
    }

    private Optional<Run> recordFireAs(String runNode, Task task, TriggerKind kind, Instant scheduledFor, RunStatus status,
                                       Instant now, String note, String payloadPath) {
        Run run = new Run(task, kind, scheduledFor, status);
        run.setQueuedAt(now);
        run.setError(note);
        run.setPayloadPath(payloadPath);
        run.setNode(runNode);
        if (status.isTerminal()) {
            run.setEndedAt(now);
        }
        return insertFire(task, run, scheduledFor);
    }

    /**
     * Records {@code count} fires of {@code task} missed from {@code first} to {@code last} as one MISSED run (the gap's
     * first instant is its key) and moves the task's last fired instant to {@code last}. Empty when already recorded.
     */
    public Optional<Run> recordMissedGap(Task task, TriggerKind kind, Instant first, Instant last, int count, Instant now,
                                         String note) {
        Run run = new Run(task, kind, first, RunStatus.MISSED);
        run.setQueuedAt(now);
        run.setEndedAt(now);
        run.setError(note);
        run.setMissedGap(count, last);
        run.setNode(node);
        return insertFire(task, run, last);
    }

    /** A fire to record: its task, how it was triggered, its instant. */
    public record Fire(Task task, TriggerKind kind, Instant scheduledFor) {
    }

    /**
     * Records several QUEUED fires (of different tasks) as {@link #recordFire} does, in one transaction: the runs
     * recorded. On H2, empty, and none recorded, when any of them is recorded already: the caller then records them one
     * by one. On PostgreSQL a fire recorded already (by another node) is simply not among the runs returned.
     */
    public Optional<List<Run>> recordFires(List<Fire> fires, Instant now) {
        List<Run> created = new java.util.ArrayList<>();
        try {
            database.inTransactionWrittenLater(() -> { // as insertFire: in the file with the claims before their spawns
                created.clear();
                for (Fire fire : fires) {
                    Run run = new Run(fire.task(), fire.kind(), fire.scheduledFor(), RunStatus.QUEUED);
                    run.setQueuedAt(now);
                    run.setNode(node);
                    if (insertFireRow(run)) { // PostgreSQL: a fire another node recorded first is left out, not an error
                        moveLastFired(fire.task(), fire.kind(), fire.scheduledFor());
                        created.add(run);
                    }
                }
                return null;
            });
            return Optional.of(created);
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private boolean insertFireRow(Run run) throws SQLException {
        return database.withConnection(connection -> RunRows.insertFire(connection, run, database.dialect()));
    }

    private void insert(Run run) throws SQLException {
        database.withConnection(connection -> {
            RunRows.insert(connection, run);
            return null;
        });
    }

    private void moveLastFired(Task task, TriggerKind kind, Instant firedUpTo) throws SQLException {
        if (kind != TriggerKind.MANUAL && kind != TriggerKind.RETRY) {
            database.withConnection(connection -> {
                try (var move = connection.prepareStatement(
                        "UPDATE tasks SET last_fired_at = ? WHERE id = ? AND (last_fired_at IS NULL OR last_fired_at < ?)")) {
                    move.setLong(1, firedUpTo.toEpochMilli());
                    move.setLong(2, task.getId());
                    move.setLong(3, firedUpTo.toEpochMilli());
                    return move.executeUpdate();
                }
            });
        }
    }

    private Optional<Run> insertFire(Task task, Run run, Instant firedUpTo) {
        TriggerKind kind = run.getTriggerKind();
        try {
            // in the file with the claim before its spawn (a sync), or within about a second: a kill -9 before
            // that loses the record and the move of last_fired_at together, so the next start finds the fire due again
            return database.inTransactionWrittenLater(() -> {
                if (!insertFireRow(run)) { // H2: a duplicate fire fails on the unique key, handled below
                    return Optional.<Run>empty();
                }
                moveLastFired(task, kind, firedUpTo);
                return Optional.of(run);
            });
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** SQLState 23505 (unique violation, H2 and PostgreSQL alike) anywhere in the chain; the message's wording is no guide. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A QUEUED attempt of a workflow step (see {@link Engine#launchStep}). */
    public Run recordStep(Task stepTask, long workflowRunId, String stepName, int attempt, Instant scheduledFor, Instant now) {
        return recordStep(stepTask, workflowRunId, stepName, attempt, scheduledFor, now, null);
    }

    /** As above, the attempt reading its workflow run's {@code payloadPath} (null: none); on this node, as its workflow run. */
    public Run recordStep(Task stepTask, long workflowRunId, String stepName, int attempt, Instant scheduledFor, Instant now,
                          String payloadPath) {
        Run run = new Run(stepTask, TriggerKind.MANUAL, scheduledFor, RunStatus.QUEUED);
        run.setNode(node);
        run.setPayloadPath(payloadPath);
        run.setQueuedAt(now);
        run.setAttempt(attempt);
        run.setWorkflowStep(workflowRunId, stepName);
        database.inTransactionWrittenLater(() -> {
            insert(run);
            return null;
        });
        return run;
    }

    /** A retry attempt, waiting (QUEUED) until its own scheduled instant. */
    public Run recordRetry(Run failed, Instant scheduledFor, Instant now) {
        return database.inTransaction(() -> {
            Run created = copyForRetry(failed, scheduledFor, now);
            created.setNode(node);
            runs.create(created);
            return created;
        });
    }

    private static Run copyForRetry(Run failed, Instant scheduledFor, Instant now) {
        Run retry = new Run(failed.getTaskId(), failed.getTaskName(), TriggerKind.RETRY, scheduledFor, RunStatus.QUEUED);
        retry.setQueuedAt(now);
        retry.setAttempt(failed.getAttempt() + 1);
        retry.setPayloadPath(failed.getPayloadPath());
        retry.setFirstRunId(failed.getFirstRunId() != null ? failed.getFirstRunId() : failed.getId());
        return retry;
    }

    /**
     * Several runs' changes in one transaction, in the file (a kill -9 of Kumo keeps them) but not forced to the
     * device: a power loss also ends the processes these records describe, and the next sync covers them.
     */
    public void updateAll(List<Run> changed) {
        database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            if (fenced) {
                logLeftAlone(RunRows.updateAllFenced(connection, changed, node));
            } else {
                RunRows.updateAll(connection, changed);
            }
            return null;
        }));
    }

    private void logLeftAlone(List<Run> left) {
        for (Run run : left) {
            LOG.info("Run #{} of '{}' is no longer this node's ({}) or ended already: its change to {} is not written",
                    run.getId(), run.getTaskName(), node, run.getStatus());
        }
    }

    /**
     * Marks a QUEUED run as starting (its {@code claimed_at} set) on the device before its spawn: a crash from here on
     * ends it INTERRUPTED at the next start, never starts it again. Its fsync also covers the fire record before it.
     * {@code claimed_at} is in no index: {@code started_at} (in {@code ix_runs_day_figures}) is written once, with RUNNING.
     */
    public void claim(Run run, Instant now) {
        claimAll(List.of(run), now);
    }

    /**
     * {@link #claim} for several runs in one transaction and one fsync. Returns the runs not claimed: when fenced, those
     * no longer QUEUED on this node (taken over or stopped elsewhere), which must not be started; otherwise none.
     */
    public List<Run> claimAll(List<Run> toClaim, Instant now) {
        List<Run> lost = database.inTransaction(() -> database.withConnection(connection -> {
            if (fenced) {
                return RunRows.claimAllFenced(connection, toClaim, now, node);
            }
            RunRows.claimAll(connection, toClaim, now);
            return List.<Run>of();
        }));
        toClaim.stream().filter(run -> !lost.contains(run)).forEach(run -> run.setClaimedAt(now)); // a later update keeps it
        return lost;
    }

    /** Writes every field of the run (when fenced, only while its row is still this node's and not ended). */
    public void update(Run run) {
        if (fenced) {
            database.inTransaction(() -> database.withConnection(connection -> {
                logLeftAlone(RunRows.updateAllFenced(connection, List.of(run), node));
                return null;
            }));
            return;
        }
        database.inTransaction(() -> runs.update(run));
    }

    /**
     * Cluster mode: asks the node running a RUNNING or QUEUED run to stop it ({@code runs.stop_requested_at}); that
     * node's loop reads {@link #stopRequestsFor} and stops it. False when the run is no longer going.
     */
    public boolean requestStop(long runId, Instant now) {
        return write("UPDATE runs SET stop_requested_at = ? WHERE id = ? AND status IN ('RUNNING', 'QUEUED')", now.toEpochMilli(),
                runId) > 0;
    }

    /** Cluster mode: the RUNNING and QUEUED runs of {@code runNode} that another node asked to stop, by id. */
    public List<Long> stopRequestsFor(String runNode) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM runs WHERE node = ? AND status IN ('RUNNING', 'QUEUED') "
                    + "AND stop_requested_at IS NOT NULL ORDER BY id")) {
                query.setString(1, runNode);
                List<Long> ids = new java.util.ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        }));
    }

    /**
     * Cluster mode: ends a QUEUED run no node has adopted yet as STOPPED at once. False when it is no longer waiting
     * for adoption (a node adopted it meanwhile: ask that node with {@link #requestStop}).
     */
    public boolean cancelUnassigned(long runId, Instant now, String reason) {
        return write("UPDATE runs SET status = 'STOPPED', ended_at = ?, error = ? WHERE id = ? AND node IS NULL AND status = 'QUEUED'",
                now.toEpochMilli(), reason, runId) > 0;
    }

    private int write(String sql, Object... values) {
        return database.inTransaction(() -> database.withConnection(connection -> {
            try (var update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        }));
    }

    public Optional<Run> find(long id) {
        return StoreException.unchecked(() -> Optional.ofNullable(runs.queryForId(id)));
    }

    public List<Run> withStatus(RunStatus status) {
        return StoreException.unchecked(() -> runs.queryBuilder().orderBy("scheduled_for", true).where().eq("status", status).query());
    }

    /** The runs of {@code runNode} with {@code status}, earliest first (cluster mode: a node recovers only its own). */
    public List<Run> withStatusOn(RunStatus status, String runNode) {
        return StoreException.unchecked(() -> runs.queryBuilder().orderBy("scheduled_for", true).where().eq("status", status)
                .and().eq("node", runNode).query());
    }

    /** The task's runs going on or waiting to (RUNNING, QUEUED). */
    public List<Run> going(long taskId) {
        return StoreException.unchecked(() -> runs.queryBuilder().orderBy("id", true).where().eq("task_id", taskId).and()
                .in("status", RunStatus.RUNNING, RunStatus.QUEUED).query());
    }

    public List<Run> latest(Long taskId, RunStatus status, long limit) {
        return latestBefore(taskId, status, null, limit);
    }

    /** A run's place in the newest-first order: scheduled instant, then id. */
    public record Position(Instant scheduledFor, long id) {
        public static Position of(Run run) {
            return new Position(run.getScheduledFor(), run.getId());
        }
    }

    /**
     * As {@link #latest}, from the run after {@code after} in that order (null: from the newest): one page of a
     * history read page by page, stable while new runs are recorded.
     */
    public List<Run> latestBefore(Long taskId, RunStatus status, Position after, long limit) {
        return StoreException.unchecked(() -> {
            var query = runs.queryBuilder().orderBy("scheduled_for", false).orderBy("id", false).limit(limit);
            var where = query.where();
            int clauses = 0;
            if (taskId != null) {
                where.eq("task_id", taskId);
                clauses++;
            }
            if (status != null) {
                where.eq("status", status);
                clauses++;
            }
            if (after != null) {
                where.or(where.lt("scheduled_for", after.scheduledFor()),
                        where.and(where.eq("scheduled_for", after.scheduledFor()), where.lt("id", after.id())));
                clauses++;
            }
            if (clauses == 0) {
                query.setWhere(null);
            } else if (clauses > 1) {
                where.and(clauses);
            }
            return query.query();
        });
    }

    /** One page of the runs the query selects, newest first (served by the task/time and status/time indexes). */
    public List<Run> page(RunQuery query, long offset, long limit) {
        if (query.matchesNothing()) {
            return List.of();
        }
        return StoreException.unchecked(() -> {
            var builder = runs.queryBuilder().orderBy("scheduled_for", false).orderBy("id", false).offset(offset).limit(limit);
            applyTo(builder.where(), query, builder);
            return builder.query();
        });
    }

    public long count(RunQuery query) {
        if (query.matchesNothing()) {
            return 0;
        }
        return StoreException.unchecked(() -> {
            var builder = runs.queryBuilder().setCountOf(true);
            applyTo(builder.where(), query, builder);
            return runs.countOf(builder.prepare());
        });
    }

    /**
     * How many runs have each of {@code statuses} now (a status no run has is left out), counted on the status index
     * alone: for figures asked often, such as the metrics' queue depth, without loading a run.
     */
    public Map<RunStatus, Long> countByStatus(Set<RunStatus> statuses) {
        Map<RunStatus, Long> counts = new EnumMap<>(RunStatus.class);
        if (statuses.isEmpty()) {
            return counts;
        }
        String in = String.join(",", statuses.stream().map(status -> "'" + status.name() + "'").toList());
        List<String[]> rows = StoreException.unchecked(() -> runs.queryRaw("SELECT status, COUNT(*) FROM runs"
                + database.dialect().useIndex("ix_runs_status_scheduled") + " WHERE status IN (" + in + ") GROUP BY status").getResults());
        rows.forEach(row -> counts.put(RunStatus.valueOf(row[0]), Long.parseLong(row[1])));
        return counts;
    }

    private static void applyTo(com.j256.ormlite.stmt.Where<Run, Long> where, RunQuery query,
                                com.j256.ormlite.stmt.QueryBuilder<Run, Long> builder) throws java.sql.SQLException {
        int clauses = 0;
        if (query.taskIds() != null) {
            where.in("task_id", query.taskIds());
            clauses++;
        }
        if (!query.statuses().isEmpty()) {
            where.in("status", query.statuses());
            clauses++;
        }
        if (query.from() != null) {
            where.ge("scheduled_for", query.from());
            clauses++;
        }
        if (query.to() != null) {
            where.lt("scheduled_for", query.to());
            clauses++;
        }
        if (clauses == 0) {
            builder.setWhere(null);
        } else if (clauses > 1) {
            where.and(clauses);
        }
    }
}
