package io.kumo.engine;

import io.kumo.domain.RunStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Which runs a history view shows: some tasks ({@code null} for all; an empty set matches nothing, e.g. a project
 * without tasks), statuses (empty for all), and a range of scheduled instants.
 */
public record RunQuery(Set<Long> taskIds, Set<RunStatus> statuses, Instant from, Instant to) {

    public RunQuery {
        taskIds = taskIds == null ? null : Set.copyOf(taskIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** One task, or all when {@code taskId} is null. */
    public RunQuery(Long taskId, Set<RunStatus> statuses, Instant from, Instant to) {
        this(taskId == null ? null : Set.of(taskId), statuses, from, to);
    }

    public static RunQuery all() {
        return new RunQuery((Set<Long>) null, Set.of(), null, null);
    }

    public boolean matchesNothing() {
        return taskIds != null && taskIds.isEmpty();
    }
}
