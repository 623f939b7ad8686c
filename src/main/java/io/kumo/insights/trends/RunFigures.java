package io.kumo.insights.trends;

import java.util.List;

/**
 * Figures of a group of runs (a day, a version, a window). Runs count every run that was started or due to start
 * (skipped and missed fires are not runs); the success rate is over succeeded and failed runs, -1 when none ended so;
 * p50/p95 are of the durations of those runs in milliseconds, -1 when none.
 */
public record RunFigures(long runs, long succeeded, long failed, double successRate, long p50Millis, long p95Millis,
                         long cpuMillis, long cpuRuns, long maxPeakRss) {

    public static final RunFigures NONE = of(List.of());

    public static RunFigures of(List<RunFact> facts) {
        long succeeded = facts.stream().filter(RunFact::succeeded).count();
        long failed = facts.stream().filter(RunFact::failed).count();
        Percentiles durations = new Percentiles(facts.stream().filter(RunFact::timed).mapToLong(RunFact::durationMillis).toArray());
        long cpu = facts.stream().filter(f -> f.cpuMillis() != null).mapToLong(RunFact::cpuMillis).sum();
        long cpuRuns = facts.stream().filter(f -> f.cpuMillis() != null).count();
        long peak = facts.stream().filter(f -> f.peakRss() != null).mapToLong(RunFact::peakRss).max().orElse(0);
        double rate = succeeded + failed == 0 ? -1 : (double) succeeded / (succeeded + failed);
        return new RunFigures(facts.size(), succeeded, failed, rate, durations.at(50), durations.at(95), cpu, cpuRuns, peak);
    }

    public double cpuSeconds() {
        return cpuMillis / 1000.0;
    }

    /** Mean CPU seconds of the runs whose CPU time is known; -1 when none is. */
    public double meanCpuSeconds() {
        return cpuRuns == 0 ? -1 : cpuMillis / 1000.0 / cpuRuns;
    }
}
