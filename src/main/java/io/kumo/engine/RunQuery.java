package io.kumo.engine;

import io.kumo.domain.RunStatus;
import java.time.Instant;
import java.util.Set;

/** Which runs a history view shows: a task (or all), statuses (or all), and a range of scheduled instants. */
public record RunQuery(Long taskId, Set<RunStatus> statuses, Instant from, Instant to) {

    public static RunQuery all() {
        return new RunQuery(null, Set.of(), null, null);
    }

    public RunQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
