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

/** The engine's reads and writes of run records. */
public final class RunStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Dao<Run, Long> runs;

    public RunStore(Database database) {
        this.database = database;
        this.runs = database.runs();
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
        Run run = new Run(task, kind, scheduledFor, status);
        run.setQueuedAt(now);
        run.setError(note);
        run.setPayloadPath(payloadPath);
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
        return insertFire(task, run, last);
    }

    /** A fire to record: its task, how it was triggered, its instant. */
    public record Fire(Task task, TriggerKind kind, Instant scheduledFor) {
    }

    /**
     * Records several QUEUED fires (of different tasks) as {@link #recordFire} does, in one transaction. Empty, and none
     * recorded, when any of them is recorded already: the caller then records them one by one.
     */
    public Optional<List<Run>> recordFires(List<Fire> fires, Instant now) {
        List<Run> created = new java.util.ArrayList<>();
        try {
            database.inTransactionWrittenLater(() -> { // as insertFire: in the file with the claims before their spawns
                for (Fire fire : fires) {
                    Run run = new Run(fire.task(), fire.kind(), fire.scheduledFor(), RunStatus.QUEUED);
                    run.setQueuedAt(now);
                    insert(run);
                    moveLastFired(fire.task(), fire.kind(), fire.scheduledFor());
                    created.add(run);
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
                insert(run); // a duplicate fire fails on the unique key, handled below
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

    /** As above, the attempt reading its workflow run's {@code payloadPath} (null: none). */
    public Run recordStep(Task stepTask, long workflowRunId, String stepName, int attempt, Instant scheduledFor, Instant now,
                          String payloadPath) {
        Run run = new Run(stepTask, TriggerKind.MANUAL, scheduledFor, RunStatus.QUEUED);
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
            RunRows.updateAll(connection, changed);
            return null;
        }));
    }

    /**
     * Marks a QUEUED run as starting (its {@code claimed_at} set) on the device before its spawn: a crash from here on
     * ends it INTERRUPTED at the next start, never starts it again. Its fsync also covers the fire record before it.
     * {@code claimed_at} is in no index: {@code started_at} (in {@code ix_runs_day_figures}) is written once, with RUNNING.
     */
    public void claim(Run run, Instant now) {
        claimAll(List.of(run), now);
    }

    /** {@link #claim} for several runs in one transaction and one fsync. */
    public void claimAll(List<Run> claimed, Instant now) {
        database.inTransaction(() -> database.withConnection(connection -> {
            RunRows.claimAll(connection, claimed, now);
            return null;
        }));
        claimed.forEach(run -> run.setClaimedAt(now)); // a later update of the run keeps its claim
    }

    public void update(Run run) {
        database.inTransaction(() -> runs.update(run));
    }

    public Optional<Run> find(long id) {
        return StoreException.unchecked(() -> Optional.ofNullable(runs.queryForId(id)));
    }

    public List<Run> withStatus(RunStatus status) {
        return StoreException.unchecked(() -> runs.queryBuilder().orderBy("scheduled_for", true).where().eq("status", status).query());
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
