package io.kumo.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.json.Json;
import io.kumo.json.RunJson;
import io.kumo.json.TaskFields;
import io.kumo.json.TaskListJson;
import io.kumo.json.TaskNamesById;
import io.kumo.service.TaskDrafts;
import io.kumo.service.TaskRules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Tasks: list, create, show, change, delete, run, stop, pause, resume (addressed by name or id). A created or changed
 * task's schedule warnings ("this schedule never fires") come as {@value #WARNING} headers, one each, so that the body
 * stays the task's JSON.
 */
public final class TaskEndpoints implements ApiEndpoints {

    static final String WARNING = "Kumo-Warning";
    private static final String TAG = "Tasks";
    private static final String BASE = "/api/v1/tasks";
    private static final ApiParam NAME = ApiParam.path("name", "The task's name, or its id when no task has that name.");

    private final KumoCore core;
    private final TaskLookup lookup;

    public TaskEndpoints(KumoCore core) {
        this.core = core;
        this.lookup = new TaskLookup(core.taskService());
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(ApiMethod.GET, BASE, Access.VIEWER, this::list,
                        ApiDoc.of(TAG, "List tasks").describedAs("As `kumo task list --json`, by name.")
                                .returning(200, JsonSchema.array(Schemas.task()))),
                new ApiRoute(ApiMethod.POST, BASE, Access.ADMIN, this::create,
                        ApiDoc.of(TAG, "Create a task").describedAs("As `kumo task add`: name, command and exactly one of "
                                + "cron, every and at are needed. Schedule warnings come as Kumo-Warning headers.")
                                .withBody(Schemas.taskDraft()).returning(201, Schemas.task())),
                new ApiRoute(ApiMethod.GET, BASE + "/{name}", Access.VIEWER, ctx -> ctx.json(json(lookup.find(ctx.pathParam("name")))),
                        ApiDoc.of(TAG, "Show a task").describedAs("As `kumo task show --json`.").withParams(NAME)
                                .returning(200, Schemas.task())),
                new ApiRoute(ApiMethod.PUT, BASE + "/{name}", Access.ADMIN, this::update,
                        ApiDoc.of(TAG, "Change a task").describedAs("Changes only the fields present (cron, every or at "
                                + "switches the schedule; name renames). Takes GET's answer back too (GET, edit, PUT): fields as GET showed them "
                                + "change nothing, every_seconds, timeout_seconds and retry_delay_seconds are read as every, timeout "
                                + "and retry_delay, id, trigger and description are refused when changed, next_fire and last_fired "
                                + "are ignored. Schedule warnings come as Kumo-Warning headers.")
                                .withParams(NAME).withBody(Schemas.taskDraft()).returning(200, Schemas.task())),
                new ApiRoute(ApiMethod.DELETE, BASE + "/{name}", Access.ADMIN, this::delete,
                        ApiDoc.of(TAG, "Delete a task").describedAs("Its run history stays, as with `kumo task rm`.")
                                .withParams(NAME).returningRaw(204, ApiDoc.JSON)),
                new ApiRoute(ApiMethod.POST, BASE + "/{name}/run", Access.OPERATOR, this::run,
                        ApiDoc.of(TAG, "Run a task now").describedAs("As `kumo run` and the window's Run: answers the new "
                                + "run at once (QUEUED or RUNNING; SKIPPED when the task's overlap rule skips it); 503 when "
                                + "the scheduler is not running.")
                                .withParams(NAME).returning(202, Schemas.run()).withError(503, "The scheduler is not running")),
                new ApiRoute(ApiMethod.POST, BASE + "/{name}/stop", Access.OPERATOR, this::stop,
                        ApiDoc.of(TAG, "Stop a task's runs").describedAs("Stops its running runs and cancels its queued "
                                + "ones; answers their ids (none when nothing ran).").withParams(NAME)
                                .withError(503, "The scheduler is not running")
                                .returning(200, JsonSchema.object(Map.of("stopped", JsonSchema.array(JsonSchema.integer())), "stopped"))),
                new ApiRoute(ApiMethod.POST, BASE + "/{name}/pause", Access.OPERATOR, ctx -> setEnabled(ctx, false),
                        ApiDoc.of(TAG, "Pause a task").describedAs("As `kumo task pause`: no more scheduled fires.")
                                .withParams(NAME).returning(200, Schemas.task())),
                new ApiRoute(ApiMethod.POST, BASE + "/{name}/resume", Access.OPERATOR, ctx -> setEnabled(ctx, true),
                        ApiDoc.of(TAG, "Resume a task").describedAs("As `kumo task resume`: scheduled again from now on.")
                                .withParams(NAME).returning(200, Schemas.task())));
    }

    /** Streamed as the CLI writes it: no tree of maps for 10,000 tasks. */
    private void list(Context ctx) throws IOException {
        List<Task> tasks = core.taskService().list();
        ctx.contentType(ApiDoc.JSON);
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        TaskListJson.write(tasks, core.schedules(), core.nextRuns().listing(),
                TaskNamesById.readAll(core.projects(), core.environments()), out);
    }

    private void create(Context ctx) {
        Task created = drafts().create(TaskDraftBody.read(RequestBodies.object(ctx)));
        warn(ctx, created);
        ctx.status(201).header("Location", BASE + "/" + segment(created.getName())).json(json(created));
    }

    private void update(Context ctx) {
        Task task = lookup.find(ctx.pathParam("name"));
        JsonNode current = Json.MAPPER.valueToTree(json(task)); // what GET answers: sent back unchanged, it changes nothing
        Task updated = drafts().update(task.getId(), TaskDraftBody.readChange(RequestBodies.object(ctx), current));
        warn(ctx, updated);
        ctx.json(json(updated));
    }

    private void delete(Context ctx) {
        core.taskService().delete(lookup.find(ctx.pathParam("name")).getId());
        ctx.status(204);
    }

    private void run(Context ctx) {
        Task task = lookup.find(ctx.pathParam("name"));
        Run run = engine().runNow(task);
        ctx.status(202).header("Location", "/api/v1/runs/" + run.getId()).json(RunJson.of(run));
    }

    /** As the window's Stop: the task's running runs are stopped, its queued ones cancelled. */
    private void stop(Context ctx) {
        Task task = lookup.find(ctx.pathParam("name"));
        ctx.json(Map.of("stopped", engine().stopTask(task.getId())));
    }

    private void setEnabled(Context ctx, boolean enabled) {
        Task task = lookup.find(ctx.pathParam("name"));
        ctx.json(json(core.taskService().setEnabled(task.getId(), enabled)));
    }

    private Engine engine() {
        return core.engine().orElseThrow(() -> new ApiException(503, "the scheduler is not running"));
    }

    private TaskDrafts drafts() {
        return new TaskDrafts(core.taskService(), core.projects(), core.environments(), core.clock());
    }

    private Map<String, Object> json(Task task) {
        return TaskFields.map(task, core.nextRuns(), TaskNamesById.lookingUp(core.projects(), core.environments()));
    }

    private static void warn(Context ctx, Task task) {
        TaskRules.warnings(task).forEach(warning -> ctx.res().addHeader(WARNING, warning));
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
