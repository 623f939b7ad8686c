package io.kumo.supervisor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A started run process: its tree, its log, and its outcome once it ended and its output is on disk. */
public interface SupervisedProcess {

    long pid();

    ProcessTree tree();

    RunLog log();

    /**
     * Completes with the main process's exit code (128 + signal) as soon as it exits: before its leftovers are stopped
     * and its output is drained.
     */
    CompletableFuture<Integer> exited();

    /** Completes after the process ended, its pipes are drained and the log is closed. */
    CompletableFuture<ProcessOutcome> outcome();

    /** What confines the run, for its log ("limits through cgroup v2: memory 500 MB"); "" when nothing does. */
    default String confinementNote() {
        return "";
    }

    /** Stops the whole tree: SIGTERM, then SIGKILL after {@code grace}. Returns when it is gone. */
    default void terminate(Duration grace) {
        tree().terminate(grace);
    }
}
