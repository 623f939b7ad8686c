package io.kumo.ui.tasks;

import io.kumo.domain.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * A task as the table shows it: an immutable snapshot read in the background, with the names of its project and
 * environment, its trigger in words, its next fire and its run summary. Equal snapshots mean nothing to redraw.
 *
 * @param trigger     the trigger in words, or why it cannot be scheduled
 * @param nextFire    null when paused, manual, or a one-shot that has passed
 * @param lastStatus  null when no run has finished yet
 * @param finished    runs that ended in the last 7 days (success, failure, timeout, interrupted)
 * @param running     runs running or waiting now
 */
public record TaskItem(long id, String name, String description, String command, String projectName,
                       String environmentName, String trigger, boolean triggerValid, boolean enabled, Instant nextFire,
                       RunStatus lastStatus, Instant lastRunAt, long finished, long succeeded, long running,
                       List<String> tags) {

    public TaskItem {
        tags = List.copyOf(tags);
    }

    public boolean isRunning() {
        return running > 0;
    }

    /** Success rate in [0, 1], or -1 when no run finished in the window. */
    public double successRate() {
        return finished == 0 ? -1 : (double) succeeded / finished;
    }

    /** "87 % (13/15)", or "—" without finished runs. */
    public String successText() {
        return finished == 0 ? "—" : Math.round(successRate() * 100) + " % (" + succeeded + "/" + finished + ")";
    }
}
