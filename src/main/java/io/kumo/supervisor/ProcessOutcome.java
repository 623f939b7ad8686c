package io.kumo.supervisor;

/**
 * How a process ended, known once its output is fully written.
 *
 * @param errorSummary   the traceback's exception line or the last stderr line; null when stderr stayed empty
 * @param logFailure     why the log could not be written completely (a full disk), else null
 * @param leftoverKilled processes of the tree still alive after the root exited, which Kumo then stopped
 * @param limitExceeded  the limit that ended the run ("memory limit 500 MB exceeded (peak 500 MB)"), else null
 * @param peakMemoryBytes the peak its confinement measured (a cgroup's), else 0
 */
public record ProcessOutcome(int exitCode, String errorSummary, String logFailure, int leftoverKilled, String limitExceeded,
                             long peakMemoryBytes) {

    public ProcessOutcome(int exitCode, String errorSummary, String logFailure, int leftoverKilled) {
        this(exitCode, errorSummary, logFailure, leftoverKilled, null, 0);
    }

    /** This outcome with what the run's confinement saw. */
    ProcessOutcome confinedBy(RunConfinement confinement) {
        return new ProcessOutcome(exitCode, errorSummary, logFailure, leftoverKilled,
                confinement.limitExceeded(exitCode, errorSummary).orElse(null), confinement.peakMemoryBytes().orElse(0));
    }
}
