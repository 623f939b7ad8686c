package io.kumo.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes the OpenAPI document names more than once: a task, a run, a task draft (POST/PUT body). */
public final class Schemas {

    private Schemas() {
    }

    /** A task as {@code kumo task show --json} prints it ({@link io.kumo.json.TaskFields}). */
    public static JsonSchema task() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("id", JsonSchema.integer());
        fields.put("name", JsonSchema.string());
        fields.put("command", JsonSchema.string());
        fields.put("shell", JsonSchema.bool());
        fields.put("trigger", JsonSchema.oneOf("CRON", "INTERVAL", "ONCE", "MANUAL"));
        fields.put("cron", JsonSchema.string().nullable());
        fields.put("every_seconds", JsonSchema.integer().nullable());
        fields.put("at", JsonSchema.instant().nullable());
        fields.put("zone", JsonSchema.string().nullable());
        fields.put("description", JsonSchema.string().described("The schedule in words, or \"manual only\"."));
        fields.put("enabled", JsonSchema.bool());
        fields.put("next_fire", JsonSchema.instant().nullable());
        fields.put("last_fired", JsonSchema.instant().nullable());
        fields.put("priority", JsonSchema.integer().described("0 low, 1 normal, 2 high."));
        fields.put("overlap", JsonSchema.oneOf("skip", "queue", "allow"));
        fields.put("misfire", JsonSchema.oneOf("skip", "once", "all"));
        fields.put("timeout_seconds", JsonSchema.integer().nullable());
        fields.put("retries", JsonSchema.integer());
        fields.put("retry_delay_seconds", JsonSchema.integer());
        fields.put("workdir", JsonSchema.string().nullable());
        fields.put("project", JsonSchema.string().nullable());
        fields.put("env", JsonSchema.string().nullable());
        fields.put("node_labels", JsonSchema.array(JsonSchema.string())
                .described("The labels a node must carry to run it (cluster mode); empty: any node."));
        fields.put("limits", TaskIsolationSchemas.limits());
        fields.put("sandbox", TaskIsolationSchemas.sandbox());
        fields.put("conditions", TaskIsolationSchemas.conditions());
        return JsonSchema.object(fields, fields.keySet().toArray(String[]::new));
    }

    /** A run as {@code kumo runs --json} prints it ({@link io.kumo.json.RunJson}). */
    public static JsonSchema run() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("id", JsonSchema.integer());
        fields.put("task", JsonSchema.string());
        fields.put("trigger", JsonSchema.oneOf("CRON", "INTERVAL", "ONCE", "MANUAL", "RETRY", "CATCHUP"));
        fields.put("scheduled_for", JsonSchema.instant());
        fields.put("queued_at", JsonSchema.instant().nullable());
        fields.put("started_at", JsonSchema.instant().nullable());
        fields.put("ended_at", JsonSchema.instant().nullable());
        fields.put("pid", JsonSchema.integer().nullable());
        fields.put("exit_code", JsonSchema.integer().nullable());
        fields.put("status", JsonSchema.oneOf("QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "STOPPED", "SKIPPED", "MISSED",
                "INTERRUPTED"));
        fields.put("node", JsonSchema.string().nullable().described("The node that runs or ran it; null while a queued "
                + "run waits for any node to take it."));
        fields.put("attempt", JsonSchema.integer());
        fields.put("first_run_id", JsonSchema.integer().nullable().described("On a retry: its first attempt's run id."));
        fields.put("peak_cpu", JsonSchema.number().nullable());
        fields.put("peak_rss", JsonSchema.integer().nullable());
        fields.put("log_path", JsonSchema.string().nullable());
        fields.put("git_commit", JsonSchema.string().nullable().described("The commit its Git project was on when it started "
                + "(null: not a Git project)."));
        fields.put("error", JsonSchema.string().nullable());
        fields.put("missed_fires", JsonSchema.integer().described("Only on a MISSED run standing for a gap of fires."));
        fields.put("missed_until", JsonSchema.instant().described("Only on a MISSED run standing for a gap of fires."));
        return JsonSchema.object(fields, "id", "task", "trigger", "scheduled_for", "status", "attempt");
    }

    /** The fields a POST or PUT of a task takes; a PUT changes only those present. */
    public static JsonSchema taskDraft() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("name", JsonSchema.string());
        fields.put("command", JsonSchema.string().described("The command line, e.g. \"python main.py --full\"."));
        fields.put("cron", JsonSchema.string().described("A cron expression; one of cron, every and at when creating."));
        fields.put("every", JsonSchema.string().described("An interval: 10s, 5m, 2h, 1d, 1w."));
        fields.put("at", JsonSchema.string().described("Once: 2026-12-01T06:00:00Z, or a local date-time read in the zone."));
        fields.put("zone", JsonSchema.string().nullable().described("A time zone such as Europe/Berlin; null clears it."));
        fields.put("workdir", JsonSchema.string().nullable().described("null clears it."));
        fields.put("project", JsonSchema.string().nullable().described("A project's name; null clears it."));
        fields.put("env", JsonSchema.string().nullable().described("A Python environment's name; null clears it."));
        fields.put("timeout", JsonSchema.string().nullable().described("e.g. 30m; null: no timeout."));
        fields.put("retries", JsonSchema.integer());
        fields.put("retry_delay", JsonSchema.string().nullable().described("e.g. 30s."));
        fields.put("priority", JsonSchema.integer().described("0 low, 1 normal, 2 high."));
        fields.put("overlap", JsonSchema.oneOf("skip", "queue", "allow"));
        fields.put("misfire", JsonSchema.oneOf("skip", "once", "all"));
        fields.put("shell", JsonSchema.bool().described("Run through /bin/sh -c (cmd /c on Windows)."));
        fields.put("enabled", JsonSchema.bool());
        fields.put("node_labels", JsonSchema.array(JsonSchema.string()).described("Run only on nodes carrying all these "
                + "labels (cluster mode); [] clears them."));
        TaskIsolationSchemas.draftFields(fields);
        return JsonSchema.object(fields);
    }
}
