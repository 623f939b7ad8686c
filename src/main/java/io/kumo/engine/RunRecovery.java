package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.supervisor.OrphanedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash (kill -9, power loss) resolves every run left RUNNING. What survived of its session is killed, not
 * adopted: its output pipes died with the old Kumo, so nothing could be captured or supervised any more. The session
 * is searched even when its root is gone (the root often dies of the broken pipe with Kumo while its children live
 * on). The outcome is not knowable (the exit status went to the dead parent), so such runs end INTERRUPTED with the
 * reason.
 */
final class RunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

    private final RunStore store;
    private final Clock clock;
    private final Duration grace;
    private final Instant thisProcessStarted;
    /** Cluster mode: only this node's runs are resolved (the others' are theirs, or the failover's); null: all. */
    private final String onlyNode;

    RunRecovery(RunStore store, Clock clock, Duration grace) {
        this(store, clock, grace, (String) null);
    }

    RunRecovery(RunStore store, Clock clock, Duration grace, String onlyNode) {
        this(store, clock, grace, ProcessHandle.current().info().startInstant().orElse(Instant.MAX), onlyNode);
    }

    /** @param thisProcessStarted when this JVM started, by the operating system's clock (as process start times are) */
    RunRecovery(RunStore store, Clock clock, Duration grace, Instant thisProcessStarted) {
        this(store, clock, grace, thisProcessStarted, null);
    }

    private RunRecovery(RunStore store, Clock clock, Duration grace, Instant thisProcessStarted, String onlyNode) {
        this.store = store;
        this.clock = clock;
        this.grace = grace;
        this.thisProcessStarted = thisProcessStarted;
        this.onlyNode = onlyNode;
    }

    /** The runs left with {@code status} that this recovery resolves. */
    List<Run> left(RunStatus status) {
        return onlyNode == null ? store.withStatus(status) : store.withStatusOn(status, onlyNode);
    }

    int resolveRunning() {
        List<Run> stale = left(RunStatus.RUNNING);
        for (Run run : stale) {
            int killed = survivors(run).map(session -> session.terminate(grace)).orElse(0);
            run.setStatus(RunStatus.INTERRUPTED);
            run.setEndedAt(clock.instant());
            run.setError(killed > 0
                    ? "Kumo stopped while this run was in progress; " + killed + " process(es) of its session (pid "
                            + run.getPid() + ") were still running and were stopped at the next start"
                    : "Kumo stopped while this run was in progress; its outcome is unknown");
            store.update(run);
            LOG.warn("Run {} of task {} was left RUNNING by a previous Kumo; now INTERRUPTED ({})", run.getId(),
                    run.getTaskName(), killed > 0 ? killed + " process(es) of its session killed" : "process gone");
        }
        return stale.size();
    }

    /**
     * Stops what is left of the runs claimed for their spawn whose RUNNING record (with the pid) had not landed when
     * Kumo died: found by the run's marks in their environment. The runs themselves are ended by the triage of the
     * queued runs. Returns how many processes were stopped.
     */
    int stopClaimed(List<Run> queued) {
        int stopped = 0;
        for (Run run : queued) {
            if (run.getClaimedAt() == null) {
                continue; // not claimed: nothing was started
            }
            for (OrphanedSession session : OrphanedSession.carrying(LaunchSpecFactory.runMarks(run), run.getClaimedAt(),
                    crashBound(run.getClaimedAt()))) {
                stopped += session.terminate(grace);
            }
        }
        if (stopped > 0) {
            LOG.warn("{} process(es) of runs started just before a previous Kumo died were stopped", stopped);
        }
        return stopped;
    }

    /** The run's session (pgid = sid = its root pid), whether its root is still alive or not. */
    private Optional<OrphanedSession> survivors(Run run) {
        if (run.getPid() == null || run.getStartedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new OrphanedSession(run.getPid(), run.getStartedAt(), crashBound(run.getStartedAt())));
    }

    /**
     * A run started by an earlier process: that Kumo died before this one started, so nothing started later was part
     * of the run; a run started in this JVM (an engine reopened in-process) has no such bound.
     */
    private Instant crashBound(Instant started) {
        return started.isBefore(thisProcessStarted) ? thisProcessStarted : Instant.MAX;
    }
}
