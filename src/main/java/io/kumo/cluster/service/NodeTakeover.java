package io.kumo.cluster.service;

import com.j256.ormlite.dao.Dao;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.EngineTasks;
import io.kumo.engine.RunStore;
import io.kumo.store.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Takes a silent node's work over, in the one transaction that declares it dead (so exactly one node does it): its
 * RUNNING runs end INTERRUPTED and are retried, as a failure is, when their task has attempts left (the retry waits for
 * any eligible node to adopt it); its claimed QUEUED runs end INTERRUPTED (they may have started there); its unclaimed
 * QUEUED runs wait for adoption; its workflow runs end INTERRUPTED with their steps ({@link WorkflowTakeover}).
 */
final class NodeTakeover {

    /** What a takeover did, for the audit log and the log. */
    record Outcome(String node, Instant lastHeartbeat, int interrupted, int retried, int handedOver, int workflowRuns) {

        String describe() {
            return "last heartbeat " + lastHeartbeat + "; " + interrupted + " run(s) interrupted, " + retried + " retried, "
                    + handedOver + " queued run(s) handed to other nodes, " + workflowRuns + " workflow run(s) interrupted";
        }
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int MAX_RETRIES = 100;

    private final Database database;
    private final NodeTable nodes;
    private final RunStore runStore;
    private final EngineTasks tasks;
    private final Clock clock;
    private final String self;

    NodeTakeover(Database database, NodeTable nodes, EngineTasks tasks, Clock clock, String self) {
        this.database = database;
        this.nodes = nodes;
        this.runStore = new RunStore(database);
        this.tasks = tasks;
        this.clock = clock;
        this.self = self;
    }

    /**
     * Declares {@code silent} dead if it is still silent for longer than {@code silentFor} (zero: this node's own
     * previous incarnation) and takes its work over; empty when another node, or its return, came first.
     */
    Optional<Outcome> takeOver(NodeTable.Silent silent, Duration silentFor) {
        return database.inTransaction(() -> database.withConnection(connection -> {
            if (!nodes.declareDead(connection, silent, self, silentFor)) {
                return Optional.<Outcome>empty();
            }
            Instant now = clock.instant();
            String heard = LocalTime.ofInstant(silent.heartbeatAt(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS).format(HOUR);
            String gone = "node " + silent.name() + " stopped answering (last heartbeat " + heard + "); taken over by " + self;
            Counts counts = takeOverRuns(silent.name(), now, gone);
            int workflowRuns = new WorkflowTakeover(connection, now, gone).interruptRunsOf(silent.name());
            return Optional.of(new Outcome(silent.name(), silent.heartbeatAt(), counts.interrupted, counts.retried,
                    counts.handedOver, workflowRuns));
        }));
    }

    private static final class Counts {
        int interrupted;
        int retried;
        int handedOver;
    }

    private Counts takeOverRuns(String node, Instant now, String gone) throws SQLException {
        Dao<Run, Long> runs = database.runs();
        Counts counts = new Counts();
        long nudge = 0; // two retries of one task must not meet on the (task, instant) key
        for (Run run : runs.queryBuilder().orderBy("id", true).where().eq("node", node).and()
                .in("status", RunStatus.RUNNING, RunStatus.QUEUED).query()) {
            if (run.getStatus() == RunStatus.QUEUED && run.getClaimedAt() == null && !run.isWorkflowStep()) {
                run.setNode(null);
                runs.update(run);
                counts.handedOver++;
                continue;
            }
            boolean wasRunning = run.getStatus() == RunStatus.RUNNING;
            run.setStatus(RunStatus.INTERRUPTED);
            run.setEndedAt(now);
            run.setError(wasRunning || run.isWorkflowStep() ? gone : gone + "; this run may have started on " + node);
            runs.update(run);
            counts.interrupted++;
            if (wasRunning && attemptsLeft(run)) {
                runStore.recordRetry(run, now.plusMillis(nudge++), now);
                counts.retried++;
            }
        }
        return counts;
    }

    private boolean attemptsLeft(Run run) {
        if (run.isWorkflowStep()) {
            return false; // the workflow engine retries steps itself; its run is interrupted with them
        }
        Optional<Task> task = tasks.find(run.getTaskId());
        return task.isPresent() && run.getAttempt() <= Math.clamp(task.get().getRetries(), 0, MAX_RETRIES);
    }
}
