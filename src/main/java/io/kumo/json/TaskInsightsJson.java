package io.kumo.json;

import io.kumo.insights.trends.RunFigures;
import io.kumo.insights.trends.TaskInsights;
import io.kumo.insights.trends.VersionSegment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task's insights as {@code kumo task insights --json} prints them and the API answers them (snake_case, nulls for "none"). */
public final class TaskInsightsJson {

    private TaskInsightsJson() {
    }

    public static Map<String, Object> of(TaskInsights insights) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task_id", insights.taskId());
        json.put("task", insights.taskName());
        json.put("days", insights.days() == 0 ? null : insights.days());
        json.put("from", instant(insights.from()));
        json.put("to", instant(insights.to()));
        json.put("zone", insights.zone().getId());
        json.put("script", insights.script());
        json.put("overall", figures(insights.overall()));
        json.put("per_day", insights.perDay().stream().map(day -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("day", day.day().toString());
            line.putAll(figures(day.figures()));
            return line;
        }).toList());
        json.put("segments", segments(insights.segments()));
        return json;
    }

    private static List<Map<String, Object>> segments(List<VersionSegment> segments) {
        return segments.stream().map(segment -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("version", segment.versionId());
            line.put("since", instant(segment.since()));
            line.put("until", instant(segment.until()));
            line.put("slower", segment.slower());
            line.putAll(figures(segment.figures()));
            double mean = segment.figures().meanCpuSeconds();
            line.put("mean_cpu_seconds", mean < 0 ? null : mean);
            return line;
        }).toList();
    }

    static Map<String, Object> figures(RunFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", figures.runs());
        json.put("succeeded", figures.succeeded());
        json.put("failed", figures.failed());
        json.put("success_rate", figures.successRate() < 0 ? null : figures.successRate());
        json.put("p50_ms", figures.p50Millis() < 0 ? null : figures.p50Millis());
        json.put("p95_ms", figures.p95Millis() < 0 ? null : figures.p95Millis());
        json.put("cpu_ms", figures.cpuMillis());
        json.put("max_peak_rss", figures.maxPeakRss() == 0 ? null : figures.maxPeakRss());
        return json;
    }

    private static String instant(Instant instant) {
        return Json.instant(instant);
    }
}
