package io.kumo.rest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.testkit.MeteredCore;
import io.kumo.testkit.PrometheusTextParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/grafana-kumo.json imports as a dashboard, and asks only for metrics a real Kumo serves. */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("docs/grafana-kumo.json");
    private static final Pattern METRIC = Pattern.compile("\\b(?:kumo|jvm|process|system)_[a-z0-9_]+");

    @TempDir
    Path dir;

    @Test
    void everyMetricItsQueriesNameIsInARealScrape() throws IOException {
        List<String> queries = queries(new ObjectMapper().readTree(DASHBOARD.toFile()));
        Set<String> named = new TreeSet<>();
        queries.forEach(query -> {
            Matcher matcher = METRIC.matcher(query);
            while (matcher.find()) {
                named.add(matcher.group());
            }
        });
        Set<String> served;
        try (MeteredCore kumo = new MeteredCore(dir)) {
            kumo.runToEnd(kumo.manualTask("report", "python3 -c \"print('done')\""));
            kumo.awaitScrapeLine("kumo_run_duration_seconds_count 1");
            served = PrometheusTextParser.parse(kumo.metrics.scrape()).stream().flatMap(family -> family.samples().stream())
                    .map(PrometheusTextParser.Sample::name).collect(Collectors.toSet());
        }

        assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
        assertThat(named).contains("kumo_runs_total", "kumo_run_duration_seconds_bucket", "kumo_fire_lateness_seconds_bucket",
                "kumo_queue_depth", "kumo_runs_running", "kumo_tasks", "jvm_memory_used_bytes");
        assertThat(served).containsAll(named);
    }

    @Test
    void everyPanelReadsThePrometheusChosenInItsVariable() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());

        assertThat(dashboard.path("templating").path("list")).anySatisfy(variable -> {
            assertThat(variable.path("name").asText()).isEqualTo("datasource");
            assertThat(variable.path("type").asText()).isEqualTo("datasource");
            assertThat(variable.path("query").asText()).isEqualTo("prometheus");
        });
        assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asText()).isNotBlank());
        });
        assertThat(dashboard.path("panels").findValuesAsText("title")).contains("Runs per minute by status", "Failure ratio",
                "Run duration p50", "Run duration p95", "Fire lateness p99", "Queue depth", "Running runs",
                "Tasks by state", "JVM heap");
    }

    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> queries.add(target.path("expr").asText())));
        dashboard.path("templating").path("list").forEach(variable -> {
            if (variable.has("definition")) {
                queries.add(variable.path("definition").asText());
            }
        });
        return queries;
    }
}
