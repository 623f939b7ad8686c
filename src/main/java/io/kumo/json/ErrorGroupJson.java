package io.kumo.json;

import io.kumo.insights.errors.ErrorGroup;
import io.kumo.insights.errors.ErrorGroupDetail;
import io.kumo.insights.errors.ErrorRun;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error group as {@code kumo errors --json} prints it and {@code GET /api/v1/errors} answers it. */
public final class ErrorGroupJson {

    private ErrorGroupJson() {
    }

    public static Map<String, Object> of(ErrorGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fingerprint", group.fingerprint());
        json.put("type", group.type());
        json.put("message", group.message());
        json.put("file", group.file());
        json.put("line", group.line());
        json.put("function", group.function());
        json.put("location", group.location());
        json.put("first_seen", Json.instant(group.firstSeen()));
        json.put("last_seen", Json.instant(group.lastSeen()));
        json.put("count", group.windowCount());
        json.put("total_count", group.totalCount());
        json.put("last_run_id", group.lastRunId());
        json.put("tasks", group.tasks());
        json.put("daily", group.daily());
        return json;
    }

    public static Map<String, Object> of(ErrorGroupDetail detail) {
        Map<String, Object> json = of(detail.group());
        json.put("recent_runs", detail.recentRuns().stream().map(ErrorGroupJson::of).toList());
        return json;
    }

    private static Map<String, Object> of(ErrorRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", run.runId());
        json.put("task_id", run.taskId());
        json.put("task", run.taskName());
        json.put("status", run.status());
        json.put("scheduled_for", Json.instant(run.scheduledFor()));
        json.put("ended_at", Json.instant(run.endedAt()));
        json.put("exit_code", run.exitCode());
        return json;
    }
}
