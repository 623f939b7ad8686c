package io.kumo.ui.runs;

import io.kumo.domain.RunStatus;
import io.kumo.engine.RunQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the run history shows: one task or all, the tasks of one project or all ({@code projectTaskIds} null), some
 * statuses or all (empty), and a range of local days (both ends included).
 */
public record RunFilter(Long taskId, Set<Long> projectTaskIds, Set<RunStatus> statuses, LocalDate from, LocalDate to) {

    public RunFilter {
        projectTaskIds = projectTaskIds == null ? null : Set.copyOf(projectTaskIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static RunFilter all() {
        return new RunFilter(null, null, Set.of(), null, null);
    }

    public boolean isEmpty() {
        return taskId == null && projectTaskIds == null && statuses.isEmpty() && from == null && to == null;
    }

    /** The store's query: the task, or the project's tasks, and the day range as instants of {@code zone}. */
    RunQuery query(ZoneId zone) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        Set<Long> tasks = projectTaskIds;
        if (taskId != null) {
            tasks = projectTaskIds == null || projectTaskIds.contains(taskId) ? Set.of(taskId) : Set.of();
        }
        return new RunQuery(tasks, statuses, start, end);
    }

    /** True when a run of this task, status and instant belongs to the filter (for live updates). */
    public boolean matches(RunRow row, ZoneId zone) {
        RunQuery query = query(zone);
        return (taskId == null || taskId == row.taskId())
                && (projectTaskIds == null || projectTaskIds.contains(row.taskId()))
                && (statuses.isEmpty() || statuses.contains(row.status()))
                && (query.from() == null || !row.scheduledFor().isBefore(query.from()))
                && (query.to() == null || row.scheduledFor().isBefore(query.to()));
    }
}
