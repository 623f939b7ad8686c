package io.kumo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Every figure of the dashboard at one moment, for one project or all. */
public record DashboardSnapshot(Cards cards, List<DayCount> runsPerDay, List<DayRate> successRate,
                                List<FailingTask> topFailing, List<DayDuration> averageDuration, List<RunningRun> running) {

    public record Cards(long tasksTotal, long tasksEnabled, long running, long failedToday) {
    }

    /** Finished runs of a day: succeeded, and failed (FAILED, TIMEOUT, INTERRUPTED). */
    public record DayCount(LocalDate day, long succeeded, long failed) {
    }

    /** Share of a day's finished runs that succeeded; -1 when none finished. */
    public record DayRate(LocalDate day, double rate, long finished) {
    }

    public record FailingTask(long taskId, String taskName, long failures) {
    }

    /** Mean duration of a day's finished runs, in seconds; -1 when none. */
    public record DayDuration(LocalDate day, double averageSeconds) {
    }

    public record RunningRun(long runId, String taskName, Instant startedAt) {
    }
}
