package io.kumo.json;

import io.kumo.cluster.NodeLabels;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.Task;
import io.kumo.service.NextRuns;
import io.kumo.service.StoredSchedules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One task's fields as {@code kumo task show} and {@code kumo task list --json} print them, in their order: into a map
 * for a single task, or straight to a JSON stream for a listing (no tree of 10,000 maps first).
 */
public final class TaskFields {

    /** Takes the fields one by one. */
    @FunctionalInterface
    public interface Sink {
        void field(String name, Object value) throws IOException;
    }

    private TaskFields() {
    }

    /** One task, its schedule read and its next run asked for here ({@code kumo task show --json}). */
    public static Map<String, Object> map(Task task, NextRuns nextRuns, TaskNamesById names) {
        StoredSchedules.Reading schedule = new StoredSchedules().of(task); // parsed once for the description and the next run
        return map(task, schedule, nextRuns.of(task, schedule.trigger()), names);
    }

    public static Map<String, Object> map(Task task, StoredSchedules.Reading schedule, Optional<Instant> next, TaskNamesById names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            write(task, schedule, next, names, fields::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a map does not throw it
        }
        return fields;
    }

    /** A schedule in words, or "manual only". */
    public static String describe(StoredSchedules.Reading schedule) {
        return schedule.words() == null ? "manual only" : schedule.words();
    }

    public static String describe(Task task) {
        return describe(new StoredSchedules().of(task));
    }

    public static void write(Task task, StoredSchedules.Reading schedule, Optional<Instant> next, TaskNamesById names, Sink sink)
            throws IOException {
        sink.field("id", task.getId());
        sink.field("name", task.getName());
        sink.field("command", task.getCommand());
        sink.field("shell", task.isUseShell());
        sink.field("trigger", task.getTriggerType().name());
        sink.field("cron", task.getCronExpression());
        sink.field("every_seconds", task.getIntervalSeconds());
        sink.field("at", Json.instant(task.getRunAt()));
        sink.field("zone", task.getTimeZone());
        sink.field("description", describe(schedule));
        sink.field("enabled", task.isEnabled());
        sink.field("next_fire", Json.instant(next.orElse(null)));
        sink.field("last_fired", Json.instant(task.getLastFiredAt()));
        sink.field("priority", task.getPriority());
        sink.field("overlap", task.getOverlapPolicy().name().toLowerCase(Locale.ROOT));
        sink.field("misfire", task.getMisfirePolicy().name().toLowerCase(Locale.ROOT));
        sink.field("timeout_seconds", task.getTimeoutSeconds());
        sink.field("retries", task.getRetries());
        sink.field("retry_delay_seconds", task.getRetryDelaySeconds());
        sink.field("workdir", task.getWorkDir());
        sink.field("project", task.getProjectId() == null ? null : names.project(task.getProjectId()));
        sink.field("env", task.getEnvironmentId() == null ? null : names.environment(task.getEnvironmentId()));
        sink.field("node_labels", NodeLabels.read(task.getNodeLabels()).stream().toList());
        sink.field("limits", limits(task.getLimits()));
        sink.field("sandbox", sandbox(task.getSandbox()));
        sink.field("conditions", conditions(task.getConditions()));
    }

    /** The task's own limits; null: not limited here (the Settings default applies). */
    private static Map<String, Object> limits(ResourceLimits limits) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("memory_bytes", limits.memoryBytes());
        fields.put("cpu_percent", limits.cpuPercent());
        fields.put("processes", limits.maxProcesses());
        fields.put("open_files", limits.maxOpenFiles());
        fields.put("output_bytes", limits.maxOutputBytes());
        return fields;
    }

    private static Map<String, Object> sandbox(Sandbox sandbox) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mode", sandbox.mode().word());
        fields.put("image", sandbox.image());
        fields.put("network", sandbox.network());
        return fields;
    }

    private static Map<String, Object> conditions(RunConditions conditions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("on_ac", conditions.onlyOnAc());
        fields.put("online", conditions.onlyOnline());
        fields.put("host", conditions.reachableHost());
        fields.put("idle_seconds", conditions.idleSeconds());
        fields.put("not_metered", conditions.notMetered());
        fields.put("wait_seconds", conditions.waitSeconds());
        return fields;
    }
}
