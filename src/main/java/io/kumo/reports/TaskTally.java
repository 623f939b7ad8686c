package io.kumo.reports;

/** One task's runs as the report's single scan adds them up. */
final class TaskTally {

    long runs;
    long succeeded;
    /** FAILED and INTERRUPTED. */
    long failed;
    long timedOut;
    final Durations durations = new Durations();
    Long maxDuration;
    long cpuMillis;
    Long peakRss;
    long lastScheduled = Long.MIN_VALUE;
}
