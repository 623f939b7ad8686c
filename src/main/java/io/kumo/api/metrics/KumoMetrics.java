package io.kumo.api.metrics;

import io.kumo.app.KumoCore;

/**
 * Kumo's Prometheus metrics (Micrometer's Prometheus registry): runs by task and status, run durations, fire lateness,
 * queue depth, running runs, tasks by state, JVM basics. Counts from the instance's start, whether the API is on or not.
 */
public final class KumoMetrics implements AutoCloseable {

    private KumoMetrics() {
    }

    /** Starts counting this core's engine's runs (the instance's engine must be started). */
    public static KumoMetrics attach(KumoCore core) {
        return new KumoMetrics(); // TODO issue 23 (metrics part)
    }

    /** The text exposition format, version 0.0.4. */
    public String scrape() {
        throw new UnsupportedOperationException("issue 23");
    }

    @Override
    public void close() {
    }
}
