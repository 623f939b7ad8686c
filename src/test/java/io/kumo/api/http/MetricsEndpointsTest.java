package io.kumo.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.MeteredCore;
import io.kumo.testkit.PrometheusTextParser;
import io.kumo.testkit.RouteServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsEndpointsTest {

    @TempDir
    Path dir;

    @Test
    void getMetricsAnswersPrometheusTextOverHttp() {
        try (MeteredCore kumo = new MeteredCore(dir);
             RouteServer server = new RouteServer(new MetricsEndpoints(kumo.metrics))) {
            kumo.runToEnd(kumo.manualTask("report", "python3 -c \"print('done')\""));
            kumo.awaitScrapeLine("kumo_runs_total{status=\"SUCCESS\",task=\"report\"}");

            HttpResponse<String> answer = server.get("/metrics");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(PrometheusTextParser.family(PrometheusTextParser.parse(answer.body()), "kumo_runs")
                    .value("kumo_runs_total", Map.of("task", "report", "status", "SUCCESS"))).contains(1.0);
        }
    }

    @Test
    void theRouteAsksForTheMetricsAccessAndIsDocumentedAsText() {
        try (MeteredCore kumo = new MeteredCore(dir)) {
            ApiRoute route = new MetricsEndpoints(kumo.metrics).routes().getFirst();

            assertThat(route.method()).isEqualTo(ApiMethod.GET);
            assertThat(route.path()).isEqualTo("/metrics");
            assertThat(route.access()).isEqualTo(Access.METRICS);
            assertThat(route.doc().tag()).isEqualTo("Metrics");
            assertThat(route.doc().responseType()).isEqualTo("text/plain");
            assertThat(route.doc().okStatus()).isEqualTo(200);
        }
    }
}
