package io.kumo.api.http;

import io.kumo.api.metrics.KumoMetrics;
import java.util.List;

/** GET /metrics: Prometheus text format. */
public final class MetricsEndpoints implements ApiEndpoints {

    private final KumoMetrics metrics;

    public MetricsEndpoints(KumoMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23 (metrics part)
    }
}
