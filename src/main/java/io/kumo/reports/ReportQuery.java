package io.kumo.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a report covers: runs scheduled in [{@code from}, {@code to}), optionally only one project's tasks, only tasks
 * carrying {@code tag}, or only the tasks named by id; days are counted in {@code zone}.
 */
public record ReportQuery(Instant from, Instant to, Long projectId, String tag, Set<Long> taskIds, ZoneId zone) {

    public ReportQuery {
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }
}
