package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.json.TaskInsightsJson;
import java.time.DateTimeException;
import java.time.ZoneId;

import java.util.List;
import java.util.Map;

/** A task's trends, as {@code kumo task insights --json} prints them. */
public final class InsightEndpoints implements ApiEndpoints {

    private static final JsonSchema NUMBER_OR_NULL = JsonSchema.number().nullable();
    private static final Map<String, JsonSchema> FIGURES = SchemaFields.of(
            "runs", JsonSchema.integer(), "succeeded", JsonSchema.integer(),
            "failed", JsonSchema.integer().described("FAILED, TIMEOUT and INTERRUPTED"),
            "success_rate", NUMBER_OR_NULL.described("0..1 of the succeeded and failed runs; null when none"),
            "p50_ms", JsonSchema.integer().nullable().described("median duration of the finished runs"),
            "p95_ms", JsonSchema.integer().nullable(), "cpu_ms", JsonSchema.integer().described("CPU time, all runs"),
            "max_peak_rss", JsonSchema.integer().nullable().described("bytes"));
    private static final JsonSchema INSIGHTS = JsonSchema.object(SchemaFields.of(
            "task_id", JsonSchema.integer(), "task", JsonSchema.string(),
            "days", JsonSchema.integer().nullable().described("null: the whole history"),
            "from", JsonSchema.instant().nullable(), "to", JsonSchema.instant(), "zone", JsonSchema.string(),
            "script", JsonSchema.string().nullable().described("the task's script in its project; null: no versions"),
            "overall", JsonSchema.object(FIGURES, "runs"),
            "per_day", JsonSchema.array(JsonSchema.object(with(FIGURES, "day", JsonSchema.string()), "day")),
            "segments", JsonSchema.array(JsonSchema.object(with(with(with(with(with(FIGURES,
                    "version", JsonSchema.string().nullable().described("the version kept by the save that began it")),
                    "since", JsonSchema.instant().nullable()), "until", JsonSchema.instant().nullable()),
                    "slower", JsonSchema.bool().described("median at least 1.5 times the previous version's")),
                    "mean_cpu_seconds", NUMBER_OR_NULL), "slower"))), "task_id", "task", "per_day", "segments");

    private final KumoCore core;
    private final TaskLookup lookup;

    public InsightEndpoints(KumoCore core) {
        this.core = core;
        this.lookup = new TaskLookup(core.taskService());
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.GET, "/api/v1/tasks/{name}/insights", Access.VIEWER, this::insights,
                ApiDoc.of("Tasks", "A task's trends").describedAs("As `kumo task insights --json`: per day and overall "
                        + "runs, success rate, p50/p95 duration, CPU time and peak memory, and the runs split at the saves of "
                        + "the task's script (a version whose median is 1.5 times the previous one's is marked slower).")
                        .withParams(ApiParam.path("name", "The task's name, or its id when no task has that name."),
                                ApiParam.query("days", JsonSchema.integer(), "7, 30 (default), 90, or 0 for the whole history."),
                                ApiParam.query("zone", JsonSchema.string(), "The time zone of the days, e.g. Europe/Berlin "
                                        + "(default: the server's)."))
                        .returning(200, INSIGHTS)));
    }

    private void insights(Context ctx) {
        Task task = lookup.find(ctx.pathParam("name"));
        ctx.json(TaskInsightsJson.of(core.taskInsights().insights(task.getId(), days(ctx.queryParam("days")), zone(ctx.queryParam("zone")))
                .orElseThrow(() -> ApiException.notFound("no task named '" + ctx.pathParam("name") + "'"))));
    }

    private static int days(String text) {
        if (text == null) {
            return 30;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("days must be 7, 30, 90 or 0 (all), not '" + text + "'");
        }
    }

    private static ZoneId zone(String text) {
        try {
            return text == null ? ZoneId.systemDefault() : ZoneId.of(text);
        } catch (DateTimeException e) {
            throw ApiException.badRequest("zone: '" + text + "' is not a time zone (e.g. Europe/Berlin, UTC)");
        }
    }

    private static Map<String, JsonSchema> with(Map<String, JsonSchema> fields, String name, JsonSchema schema) {
        Map<String, JsonSchema> more = new java.util.LinkedHashMap<>(fields);
        more.put(name, schema);
        return more;
    }
}
