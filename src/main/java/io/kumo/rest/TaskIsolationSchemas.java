package io.kumo.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The shapes of a task's limits, sandbox and run conditions: as GET shows them, and as a POST or PUT takes them. */
final class TaskIsolationSchemas {

    private TaskIsolationSchemas() {
    }

    static JsonSchema limits() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("memory_bytes", JsonSchema.integer().nullable());
        fields.put("cpu_percent", JsonSchema.integer().nullable().described("Percent of one core: 150 is one and a half cores."));
        fields.put("processes", JsonSchema.integer().nullable());
        fields.put("open_files", JsonSchema.integer().nullable());
        fields.put("output_bytes", JsonSchema.integer().nullable());
        return JsonSchema.object(fields, fields.keySet().toArray(String[]::new))
                .described("The task's own limits; null: the default from Settings applies.");
    }

    static JsonSchema sandbox() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("mode", JsonSchema.oneOf("none", "container", "bwrap"));
        fields.put("image", JsonSchema.string().nullable().described("null: derived from the environment's Python version."));
        fields.put("network", JsonSchema.bool());
        return JsonSchema.object(fields, fields.keySet().toArray(String[]::new));
    }

    static JsonSchema conditions() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>();
        fields.put("on_ac", JsonSchema.bool());
        fields.put("online", JsonSchema.bool());
        fields.put("host", JsonSchema.string().nullable().described("A host (host:port) that must be reachable."));
        fields.put("idle_seconds", JsonSchema.integer().nullable());
        fields.put("not_metered", JsonSchema.bool());
        fields.put("wait_seconds", JsonSchema.integer().described("How long a fire waits for the conditions; 0: skipped at once."));
        return JsonSchema.object(fields, fields.keySet().toArray(String[]::new))
                .described("What must hold when the task fires (a manual run ignores them).");
    }

    /** The draft's fields, as typed on the command line; null clears a limit, the image, the host or the idle time. */
    static void draftFields(Map<String, JsonSchema> fields) {
        fields.put("max_memory", JsonSchema.string().nullable().described("e.g. 500M or 2G; null or \"none\": no limit of its own."));
        fields.put("max_cpu", JsonSchema.string().nullable().described("Percent of one core, e.g. 50% or 150%."));
        fields.put("max_processes", JsonSchema.string().nullable().described("e.g. \"64\"."));
        fields.put("max_open_files", JsonSchema.string().nullable().described("e.g. \"1024\"."));
        fields.put("max_output", JsonSchema.string().nullable().described("The largest file a run may write, e.g. 1G."));
        fields.put("sandbox", JsonSchema.oneOf("none", "container", "bwrap"));
        fields.put("sandbox_image", JsonSchema.string().nullable().described("e.g. python:3.12-slim; null: derived."));
        fields.put("sandbox_network", JsonSchema.bool());
        fields.put("only_on_ac", JsonSchema.bool());
        fields.put("only_online", JsonSchema.bool());
        fields.put("online_host", JsonSchema.string().nullable().described("example.com or example.com:443 must be reachable."));
        fields.put("only_idle", JsonSchema.string().nullable().described("e.g. 10m: the computer idle that long."));
        fields.put("not_metered", JsonSchema.bool());
        fields.put("condition_wait", JsonSchema.string().nullable().described("e.g. 30m; null or 0: skip at once."));
    }
}
