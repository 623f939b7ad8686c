package io.kumo.reports;

import java.util.HashMap;
import java.util.Map;

/**
 * Every figure of a report that the runs' covering index holds, added up from one scan of the period's runs: per task,
 * per day, and per (error fingerprint or reason, task) for the failures.
 */
final class RunTally {

    /** A fingerprint, or (without one) Kumo's reason for the failure, and the task. */
    record FailureKey(String fingerprint, String reason, long taskId) {
    }

    static final class FailureTally {
        long count;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
    }

    static final class DayTally {
        long runs;
        long succeeded;
        long notSucceeded;
        final Durations durations = new Durations();
    }

    final Map<Long, TaskTally> tasks = new HashMap<>();
    final DayTally[] days;
    final Map<FailureKey, FailureTally> failures = new HashMap<>();

    RunTally(int dayCount) {
        this.days = new DayTally[dayCount];
        for (int i = 0; i < days.length; i++) {
            days[i] = new DayTally();
        }
    }

    /** Adds a run of the day at index {@code dayIndex} of the period. */
    void add(int dayIndex, long taskId, String status, long scheduledFor, Long duration, Long cpuMillis, Long peakRss,
            String fingerprint, String reason) {
        TaskTally task = tasks.computeIfAbsent(taskId, id -> new TaskTally());
        DayTally day = days[dayIndex];
        task.runs++;
        day.runs++;
        boolean failed = status.equals("FAILED") || status.equals("INTERRUPTED");
        boolean timedOut = status.equals("TIMEOUT");
        if (status.equals("SUCCESS")) {
            task.succeeded++;
            day.succeeded++;
        } else if (failed || timedOut) {
            day.notSucceeded++;
            if (failed) {
                task.failed++;
            } else {
                task.timedOut++;
            }
            FailureTally group = failures.computeIfAbsent(new FailureKey(fingerprint, fingerprint == null ? reason : null, taskId),
                    key -> new FailureTally());
            group.count++;
            group.first = Math.min(group.first, scheduledFor);
            group.last = Math.max(group.last, scheduledFor);
        }
        if (duration != null) {
            task.durations.add(duration);
            day.durations.add(duration);
            task.maxDuration = task.maxDuration == null ? duration : Math.max(task.maxDuration, duration);
        }
        if (cpuMillis != null) {
            task.cpuMillis += cpuMillis;
        }
        if (peakRss != null) {
            task.peakRss = task.peakRss == null ? peakRss : Math.max(task.peakRss, peakRss);
        }
        task.lastScheduled = Math.max(task.lastScheduled, scheduledFor);
    }
}
