package io.kumo.insights.trends;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A task's trends over a window: {@code days} 7, 30, 90 or 0 for all its history, ending at {@code to}. {@code script}
 * is the task's script relative to its project, null when the command names none there (then no segments).
 */
public record TaskInsights(long taskId, String taskName, int days, Instant from, Instant to, ZoneId zone, String script,
                           RunFigures overall, List<DayTrend> perDay, List<VersionSegment> segments) {

    public boolean anySlower() {
        return segments.stream().anyMatch(VersionSegment::slower);
    }
}
