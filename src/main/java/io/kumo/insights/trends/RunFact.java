package io.kumo.insights.trends;

import io.kumo.domain.RunStatus;
import java.time.Instant;

/** What the trends need of one run: when it was due, how it ended, how long it took, its CPU time and peak memory. */
public record RunFact(Instant scheduledFor, RunStatus status, Long durationMillis, Long cpuMillis, Long peakRss) {

    public boolean succeeded() {
        return status == RunStatus.SUCCESS;
    }

    /** FAILED, TIMEOUT and INTERRUPTED, as on the dashboard; a STOPPED run is the user's doing. */
    public boolean failed() {
        return status == RunStatus.FAILED || status == RunStatus.TIMEOUT || status == RunStatus.INTERRUPTED;
    }

    /** A run that ended on its own (succeeded or failed) with both instants: its duration counts in the percentiles. */
    public boolean timed() {
        return durationMillis != null && (succeeded() || failed());
    }
}
