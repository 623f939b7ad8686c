package io.kumo.reports;

import java.time.Duration;

/** The totals over every selected run, added up from the tasks' tallies. */
final class SummaryFigures {

    private SummaryFigures() {
    }

    static Report.Summary summary(RunTally tally) {
        long runs = 0;
        long succeeded = 0;
        long failed = 0;
        long timedOut = 0;
        long cpuMillis = 0;
        long totalMillis = 0;
        Durations durations = new Durations();
        for (TaskTally task : tally.tasks.values()) {
            runs += task.runs;
            succeeded += task.succeeded;
            failed += task.failed;
            timedOut += task.timedOut;
            cpuMillis += task.cpuMillis;
            durations.addAll(task.durations);
            totalMillis += task.durations.sum();
        }
        long finished = succeeded + failed + timedOut;
        return new Report.Summary(runs, succeeded, failed, timedOut, runs - finished,
                finished == 0 ? null : (double) succeeded / finished, Duration.ofMillis(totalMillis),
                TaskFigures.millis(durations.percentile(0.5)), TaskFigures.millis(durations.percentile(0.95)), cpuMillis / 1000.0);
    }
}
