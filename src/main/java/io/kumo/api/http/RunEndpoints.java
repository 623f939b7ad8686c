package io.kumo.api.http;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.engine.RunStore;
import io.kumo.json.RunJson;
import io.kumo.service.Choices;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs: the history with filters and a cursor, and one run. */
public final class RunEndpoints implements ApiEndpoints {

    static final int LIMIT_DEFAULT = 50;
    static final int LIMIT_MAX = 1000;
    private static final String TAG = "Runs";

    private final KumoCore core;
    private final TaskLookup lookup;

    public RunEndpoints(KumoCore core) {
        this.core = core;
        this.lookup = new TaskLookup(core.taskService());
    }

    @Override
    public List<ApiRoute> routes() {
        Map<String, JsonSchema> page = new LinkedHashMap<>();
        page.put("runs", JsonSchema.array(Schemas.run()));
        page.put("next_cursor", JsonSchema.string().nullable().described("The next, older page's cursor; null on the last page."));
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/runs", Access.VIEWER, this::list,
                        ApiDoc.of(TAG, "Run history").describedAs("Newest first, as `kumo runs --json`, a page at a time.")
                                .withParams(ApiParam.query("task", JsonSchema.string(), "A task's name (or id): its runs only."),
                                        ApiParam.query("status", JsonSchema.oneOf(Arrays.stream(RunStatus.values()).map(Enum::name)
                                                .toArray(String[]::new)), "Runs with this status only."),
                                        ApiParam.query("limit", JsonSchema.integer(), "Runs per page, 1 to " + LIMIT_MAX
                                                + " (default " + LIMIT_DEFAULT + ")."),
                                        ApiParam.query("cursor", JsonSchema.string(), "The next_cursor of the page before."))
                                .returning(200, JsonSchema.object(page, "runs", "next_cursor"))),
                new ApiRoute(ApiMethod.GET, "/api/v1/runs/{id}", Access.VIEWER, this::show,
                        ApiDoc.of(TAG, "Show a run").withParams(ApiParam.path("id", "The run's id."))
                                .returning(200, Schemas.run())));
    }

    private void list(Context ctx) {
        String task = ctx.queryParam("task");
        Long taskId = task == null ? null : lookup.find(task).getId();
        String status = ctx.queryParam("status");
        RunStatus wanted = status == null ? null : Choices.of("status", status, RunStatus.class);
        int limit = limit(ctx.queryParam("limit"));
        String cursor = ctx.queryParam("cursor");
        RunStore.Position after = cursor == null ? null : RunCursor.parse(cursor);
        List<Run> runs = new RunStore(core.database()).latestBefore(taskId, wanted, after, limit + 1L); // one more: is there a next page?
        boolean more = runs.size() > limit;
        List<Run> shown = more ? runs.subList(0, limit) : runs;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runs", shown.stream().map(RunJson::of).toList());
        answer.put("next_cursor", more ? RunCursor.after(shown.getLast()) : null);
        ctx.json(answer);
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("id");
        long runId;
        try {
            runId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id: '" + id + "' is not a run id (a whole number)");
        }
        Run run = new RunStore(core.database()).find(runId).orElseThrow(() -> ApiException.notFound("no run #" + runId));
        ctx.json(RunJson.of(run));
    }

    private static int limit(String text) {
        if (text == null) {
            return LIMIT_DEFAULT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= LIMIT_MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit: '" + text + "' must be a whole number between 1 and " + LIMIT_MAX);
    }
}
