package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.domain.Task;
import java.util.Comparator;

/**
 * A QUEUED run waiting for a free slot. High priority first (2 high, 1 normal, 0 low), then earliest scheduled.
 * {@code note}: empty, or a line for the run's "started" log line (how long it waited for its conditions).
 */
record WaitingRun(Run run, Task task, String note) {

    WaitingRun(Run run, Task task) {
        this(run, task, "");
    }

    static final Comparator<WaitingRun> ORDER = Comparator
            .comparingInt((WaitingRun waiting) -> -waiting.task().getPriority())
            .thenComparing(waiting -> waiting.run().getScheduledFor())
            .thenComparing(waiting -> waiting.run().getId());
}
