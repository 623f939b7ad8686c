package io.kumo.api.http;

import io.kumo.api.metrics.KumoMetrics;
import java.util.List;

/** GET /metrics: Prometheus text format. */
public final class MetricsEndpoints implements ApiEndpoints {

    /** Prometheus's text exposition format, the one every scraper reads. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final KumoMetrics metrics;

    public MetricsEndpoints(KumoMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.GET, "/metrics", Access.METRICS,
                ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.scrape()),
                ApiDoc.of("Metrics", "Prometheus metrics")
                        .describedAs("Runs by task and status (kumo_runs_total), run durations (kumo_run_duration_seconds), "
                                + "fire lateness (kumo_fire_lateness_seconds), queue depth, running runs, tasks by state, "
                                + "whether scheduling is paused, and JVM basics, in Prometheus's text format 0.0.4. Needs a "
                                + "viewer token unless the user serves /metrics without one.")
                        .returningRaw(200, "text/plain")));
    }
}
