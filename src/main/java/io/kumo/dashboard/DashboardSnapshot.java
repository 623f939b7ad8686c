package io.kumo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the dashboard at one moment, for one project or all. Task figures count task runs only; a workflow
 * step's attempts (negative task ids) count once, as their workflow run, in {@link WorkflowFigures}.
 */
public record DashboardSnapshot(Cards cards, List<DayCount> runsPerDay, List<DayRate> successRate,
                                List<FailingTask> topFailing, List<DayDuration> averageDuration, List<RunningRun> running,
                                WorkflowFigures workflows, Rankings rankings) {

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

    /**
     * Workflow runs of every workflow (a workflow belongs to no project): started today and in the last 7 days
     * (skipped and missed ones not counted), failed in 7 days (FAILED, TIMEOUT, INTERRUPTED), the share of the 7
     * days' finished runs that succeeded (-1 when none finished), and how many run now.
     */
    public record WorkflowFigures(long runsToday, long runsWeek, long failedWeek, double successRateWeek, long running) {
    }

    /**
     * The last 7 days' top {@value TaskRankings#TOP} tasks by runs, by failed runs and by CPU milliseconds (runs whose
     * CPU time is known), and how many finished runs took how long.
     */
    public record Rankings(List<RankedTask> byRuns, List<RankedTask> byFailures, List<RankedTask> byCpuMillis,
                           List<DurationBucket> durations) {

        public boolean noRuns() {
            return byRuns.isEmpty();
        }
    }

    public record RankedTask(long taskId, String taskName, long value) {
    }

    /** Finished runs whose duration falls in the bucket named {@code label}. */
    public record DurationBucket(String label, long runs) {
    }
}
