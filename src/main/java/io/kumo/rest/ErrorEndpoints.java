package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.insights.errors.ErrorGroupQuery;
import io.kumo.insights.errors.SinceWords;
import io.kumo.json.ErrorGroupJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failed runs grouped by error, as {@code kumo errors --json} and {@code kumo errors show --json} print them. */
public final class ErrorEndpoints implements ApiEndpoints {

    private static final String TAG = "Errors";
    private static final JsonSchema GROUP;
    private static final JsonSchema DETAIL;

    static {
        Map<String, JsonSchema> fields = new LinkedHashMap<>(SchemaFields.of(
                "fingerprint", JsonSchema.string().described("sha1 of the exception type and the innermost frame of your code"),
                "type", JsonSchema.string().described("the exception type, or Error for a failure without a traceback"),
                "message", JsonSchema.string().nullable().described("the newest run's message (up to 1000 characters)"),
                "file", JsonSchema.string().nullable().described("relative to the project folder when inside it"),
                "line", JsonSchema.integer().nullable(), "function", JsonSchema.string().nullable(),
                "location", JsonSchema.string().described("file:line in function; empty without a traceback"),
                "first_seen", JsonSchema.instant(), "last_seen", JsonSchema.instant(),
                "count", JsonSchema.integer().described("failures in the window asked for"),
                "total_count", JsonSchema.integer().described("failures ever, in any task"),
                "last_run_id", JsonSchema.integer().nullable()));
        fields.put("tasks", JsonSchema.array(JsonSchema.string()).described("the tasks it failed in, in the window"));
        fields.put("daily", JsonSchema.array(JsonSchema.integer()).described("failures per day, the last 30 days, oldest first"));
        GROUP = JsonSchema.object(fields, "fingerprint", "type", "first_seen", "last_seen", "count", "total_count");
        Map<String, JsonSchema> detail = new LinkedHashMap<>(fields);
        detail.put("recent_runs", JsonSchema.array(JsonSchema.object(SchemaFields.of("run_id", JsonSchema.integer(),
                "task_id", JsonSchema.integer(), "task", JsonSchema.string(), "status", JsonSchema.string(),
                "scheduled_for", JsonSchema.instant(), "ended_at", JsonSchema.instant().nullable(),
                "exit_code", JsonSchema.integer().nullable()), "run_id", "status")).described("the 20 newest"));
        DETAIL = JsonSchema.object(detail, "fingerprint", "type", "recent_runs");
    }

    private final KumoCore core;

    public ErrorEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/errors", Access.VIEWER, this::list,
                        ApiDoc.of(TAG, "Error groups").describedAs("As `kumo errors --json`: the groups with failures in "
                                        + "the window, most failures first.")
                                .withParams(ApiParam.query("since", JsonSchema.string(), "24h, 7d (default), 30d, all, a date "
                                                + "(2026-11-01) or an instant."),
                                        ApiParam.query("task", JsonSchema.string(), "A task's name: its failures only."),
                                        ApiParam.query("project", JsonSchema.string(), "A project's name: its tasks' failures only."))
                                .returning(200, JsonSchema.array(GROUP))),
                new ApiRoute(ApiMethod.GET, "/api/v1/errors/{fingerprint}", Access.VIEWER, this::show,
                        ApiDoc.of(TAG, "Show an error group").describedAs("As `kumo errors show --json`: over all time, "
                                        + "with its newest runs.")
                                .withParams(ApiParam.path("fingerprint", "The fingerprint or its first characters (at least 4)."))
                                .returning(200, DETAIL)));
    }

    private void list(Context ctx) {
        Instant now = core.clock().instant();
        String since = ctx.queryParam("since");
        Instant from = SinceWords.parse(since == null || since.isBlank() ? "7d" : since, now, core.clock().getZone());
        String task = ctx.queryParam("task");
        String project = ctx.queryParam("project");
        Long taskId = task == null || task.isBlank() ? null : core.taskService().named(task).getId();
        Long projectId = project == null || project.isBlank() ? null : core.projectService().find(project).getId();
        ErrorGroupQuery query = new ErrorGroupQuery(from, projectId, taskId, core.clock().getZone());
        ctx.json(core.errorGroups().groups(query, now).stream().map(ErrorGroupJson::of).toList());
    }

    private void show(Context ctx) {
        String fingerprint = ctx.pathParam("fingerprint");
        ctx.json(core.errorGroups().group(fingerprint, new ErrorGroupQuery(null, null, null, core.clock().getZone()),
                        core.clock().instant()).map(ErrorGroupJson::of)
                .orElseThrow(() -> ApiException.notFound("no error group with fingerprint '" + fingerprint + "'")));
    }
}
