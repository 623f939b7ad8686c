package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.supervisor.ProcessTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash (kill -9, power loss) resolves every run left RUNNING. A tree that survived is killed, not adopted:
 * its output pipes died with the old Kumo, so nothing could be captured or supervised any more. Its outcome is not
 * knowable (the exit status went to the dead parent), so such runs end INTERRUPTED with the reason.
 */
final class RunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);
    /** A live pid whose process started this much later than the run is a reused pid, not our child. */
    private static final Duration PID_REUSE_TOLERANCE = Duration.ofSeconds(5);

    private final RunStore store;
    private final Clock clock;
    private final Duration grace;

    RunRecovery(RunStore store, Clock clock, Duration grace) {
        this.store = store;
        this.clock = clock;
        this.grace = grace;
    }

    int resolveRunning() {
        List<Run> stale = store.withStatus(RunStatus.RUNNING);
        for (Run run : stale) {
            boolean killed = survivingTree(run).map(tree -> {
                tree.terminate(grace);
                return true;
            }).orElse(false);
            run.setStatus(RunStatus.INTERRUPTED);
            run.setEndedAt(clock.instant());
            run.setError(killed
                    ? "Kumo stopped while this run was in progress; its processes (pid " + run.getPid() + ") were stopped at the next start"
                    : "Kumo stopped while this run was in progress; its outcome is unknown");
            store.update(run);
            LOG.warn("Run {} of task {} was left RUNNING by a previous Kumo; now INTERRUPTED ({})", run.getId(),
                    run.getTaskName(), killed ? "tree killed" : "process gone");
        }
        return stale.size();
    }

    private static Optional<ProcessTree> survivingTree(Run run) {
        if (run.getPid() == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(run.getPid())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> startedNear(handle, run.getStartedAt()))
                .map(handle -> new ProcessTree(handle.pid(), true));
    }

    private static boolean startedNear(ProcessHandle handle, Instant runStarted) {
        Optional<Instant> started = handle.info().startInstant();
        return runStarted == null || started.isEmpty()
                || Duration.between(runStarted, started.get()).abs().compareTo(PID_REUSE_TOLERANCE) <= 0;
    }
}
