package io.kumo.insights.errors;

import java.time.Instant;
import java.util.List;

/**
 * One group of failures with one fingerprint, as a window of time sees it.
 *
 * @param windowCount its failures in the window (and the task or project asked for)
 * @param totalCount  its failures ever, over every task
 * @param tasks       the names of the tasks it failed in, in the window
 * @param daily       failures per day for the last {@link ErrorGroups#SPARK_DAYS} days in the zone asked, oldest first
 */
public record ErrorGroup(String fingerprint, String type, String message, String file, Integer line, String function,
                         Instant firstSeen, Instant lastSeen, long windowCount, long totalCount, Long lastRunId,
                         List<String> tasks, List<Long> daily) {

    public ErrorGroup {
        tasks = List.copyOf(tasks);
        daily = List.copyOf(daily);
    }

    /** "jobs/load.py:42 in parse", or "" without a traceback. */
    public String location() {
        return new ErrorSignature(fingerprint, type, message, file, line, function).location();
    }
}
