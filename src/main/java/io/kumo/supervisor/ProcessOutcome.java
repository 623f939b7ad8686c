package io.kumo.supervisor;

/**
 * How a process ended, known once its output is fully written.
 *
 * @param errorSummary   the traceback's exception line or the last stderr line; null when stderr stayed empty
 * @param logFailure     why the log could not be written completely (a full disk), else null
 * @param leftoverKilled processes of the tree still alive after the root exited, which Kumo then stopped
 */
public record ProcessOutcome(int exitCode, String errorSummary, String logFailure, int leftoverKilled) {
}
