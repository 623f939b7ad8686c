package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.json.WorkflowJson;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflows: list, show, run, their runs, stop a run. */
public final class WorkflowEndpoints implements ApiEndpoints {

    static final int RUNS_DEFAULT = 20;
    static final int RUNS_MAX = 10_000;
    private static final String TAG = "Workflows";

    private static final JsonSchema STEP_RUN = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "status", JsonSchema.string(), "started_at", JsonSchema.instant().nullable(),
            "ended_at", JsonSchema.instant().nullable(), "exit_code", JsonSchema.integer().nullable(),
            "run_id", JsonSchema.integer().nullable()));
    private static final JsonSchema RUN = JsonSchema.object(SchemaFields.of(
            "id", JsonSchema.integer(), "status", JsonSchema.string(), "started_at", JsonSchema.instant().nullable(),
            "ended_at", JsonSchema.instant().nullable(), "steps", JsonSchema.array(STEP_RUN)));
    private static final Map<String, JsonSchema> SUMMARY_FIELDS = SchemaFields.of(
            "id", JsonSchema.integer(), "name", JsonSchema.string(), "description", JsonSchema.string().nullable(),
            "schedule", JsonSchema.string().described("the schedule in words: \"At 02:30\", \"every 5m\", \"manual\""),
            "enabled", JsonSchema.bool().described("false: its schedule is paused"), "steps", JsonSchema.integer(),
            "last_status", JsonSchema.string().nullable(), "last_run_at", JsonSchema.instant().nullable(),
            "next_run_at", JsonSchema.instant().nullable());
    private static final JsonSchema SUMMARY = JsonSchema.object(SUMMARY_FIELDS);
    private static final JsonSchema DETAIL = detailSchema();
    private static final JsonSchema RUN_BODY = JsonSchema.object(Map.of("params", JsonSchema.anyObject()
            .described("parameter values overriding the workflow's defaults; an unknown name is refused")));

    private final KumoCore core;

    public WorkflowEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        ApiParam name = ApiParam.path("name", "the workflow's name");
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/workflows", Access.VIEWER, this::list,
                        ApiDoc.of(TAG, "List workflows").describedAs("As `kumo workflow list --json`.")
                                .returning(200, JsonSchema.array(SUMMARY))),
                new ApiRoute(ApiMethod.GET, "/api/v1/workflows/{name}", Access.VIEWER, this::show,
                        ApiDoc.of(TAG, "Show a workflow").describedAs("Its list line with its steps, handlers "
                                + "(handler_on set) and parameter defaults.").withParams(name).returning(200, DETAIL)),
                new ApiRoute(ApiMethod.POST, "/api/v1/workflows/{name}/run", Access.OPERATOR, this::run,
                        ApiDoc.of(TAG, "Run a workflow now").describedAs("As `kumo workflow run NAME --param K=V`; "
                                        + "the body is optional. 503 when the engine is not running.")
                                .withParams(name).withBody(RUN_BODY).withError(503, "The engine is not running")
                                .returning(202, JsonSchema.object(Map.of("workflow_run_id", JsonSchema.integer()), "workflow_run_id"))),
                new ApiRoute(ApiMethod.GET, "/api/v1/workflows/{name}/runs", Access.VIEWER, this::runs,
                        ApiDoc.of(TAG, "A workflow's runs, newest first").describedAs("As `kumo workflow runs NAME --json`; "
                                        + "the runs of a deleted workflow stay readable by its name.")
                                .withParams(name, ApiParam.query("limit", JsonSchema.integer(),
                                        "at most this many runs, 1-" + RUNS_MAX + " (default " + RUNS_DEFAULT + ")"))
                                .returning(200, JsonSchema.array(RUN))),
                new ApiRoute(ApiMethod.POST, "/api/v1/workflow-runs/{id}/stop", Access.OPERATOR, this::stop,
                        ApiDoc.of(TAG, "Stop a workflow run").describedAs("Stops every running step; `stopped` is false "
                                        + "when the run had already ended.")
                                .withParams(ApiParam.path("id", "the workflow run's id"))
                                .returning(200, JsonSchema.object(Map.of("stopped", JsonSchema.bool()), "stopped"))));
    }

    private WorkflowService service() {
        return core.workflowService();
    }

    private void list(Context ctx) {
        ctx.json(service().list().stream().map(WorkflowJson::summary).toList());
    }

    private void show(Context ctx) {
        StoredWorkflow workflow = existing(ctx.pathParam("name"));
        ctx.json(WorkflowJson.detail(service().summary(workflow), workflow));
    }

    private void run(Context ctx) {
        Map<String, String> params = ctx.body().isBlank() ? Map.of()
                : new BodyFields(RequestBodies.object(ctx), "params").texts("params");
        StoredWorkflow workflow = existing(ctx.pathParam("name"));
        if (core.engine().isEmpty()) {
            throw new ApiException(503, "the engine is not running: start Kumo (the window or --headless) first");
        }
        long id = service().run(workflow.name(), params);
        ctx.status(202).json(Map.of("workflow_run_id", id));
    }

    private void runs(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        String name = ctx.pathParam("name");
        try {
            ctx.json(service().runs(name, limit).stream().map(WorkflowJson::run).toList());
        } catch (ValidationException e) {
            // the only refusal of a valid limit: neither a workflow nor a past run has that name
            throw new ApiException(404, e.getMessage());
        }
    }

    private void stop(Context ctx) {
        long id = Ids.parse(ctx.pathParam("id"), "workflow run id");
        if (service().findRun(id).isEmpty()) {
            throw ApiException.notFound("no workflow run #" + id);
        }
        ctx.json(Map.of("stopped", service().stop(id)));
    }

    private StoredWorkflow existing(String name) {
        return service().find(name).orElseThrow(() -> notFound(name));
    }

    private static ApiException notFound(String name) {
        return ApiException.notFound("no workflow named '" + name + "'");
    }

    private static int limit(String text) {
        if (text == null) {
            return RUNS_DEFAULT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= RUNS_MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, as a limit out of range
        }
        throw ApiException.badRequest("limit: must be a whole number from 1 to " + RUNS_MAX + ", not '" + text + "'");
    }

    private static JsonSchema detailSchema() {
        Map<String, JsonSchema> fields = new LinkedHashMap<>(SUMMARY_FIELDS);
        fields.put("steps", JsonSchema.array(JsonSchema.object(SchemaFields.of(
                "name", JsonSchema.string(), "task", JsonSchema.string().nullable(), "command", JsonSchema.string().nullable(),
                "depends", JsonSchema.array(JsonSchema.string()), "run_if", JsonSchema.string(),
                "retries", JsonSchema.integer(), "continue_on_failure", JsonSchema.bool(),
                "handler_on", JsonSchema.oneOf("success", "failure", "cancel", "exit").nullable()))));
        fields.put("params", JsonSchema.anyObject().described("parameter defaults, by name"));
        fields.put("max_active_steps", JsonSchema.integer().described("0: no limit of its own"));
        return JsonSchema.object(fields);
    }
}
