package io.kumo.rest;

import com.fasterxml.jackson.core.JsonParser;
import io.javalin.http.Context;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.api.service.HookRejected;
import io.kumo.api.service.HookService;
import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/** POST /api/v1/hooks/{id}: a trigger URL starts its task or workflow with the body as KUMO_PAYLOAD. */
public final class HookEndpoints implements ApiEndpoints {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private static final String DESCRIPTION = """
            Starts the trigger's task or workflow now (a paused task too: the call is an explicit request). The body, \
            empty or any JSON up to 1 MB, is saved to a file whose path every attempt of the run (every step of a \
            workflow run) finds in the environment variable KUMO_PAYLOAD; an empty body is saved as {}.

            Authenticate in one of two ways, with the secret shown when the trigger was made:
            - GitHub style (preferred): header `X-Hub-Signature-256: sha256=HEX`, HEX being the lower-case hex \
            HMAC-SHA256 of the exact body bytes keyed with the secret. The secret never travels.
            - Query token: `?token=SECRET`, for callers that cannot sign (a form, a simple HTTP action). Use it over \
            TLS only: the secret is in the URL.

            No token, a wrong one or a wrong signature: 401 (counted toward the client's rate limit). Unknown id: 404; \
            its task or workflow deleted: 410; the engine not running, or more than 8 trigger calls at once: 503 (with \
            Retry-After). Answers 202 with the new run's id: \
            `run_id` for a task, `workflow_run_id` for a workflow.""";

    /** How many trigger requests may hold a body at once; past it the server answers 503 with Retry-After. */
    static final int MAX_CONCURRENT = 8;

    private final KumoCore core;
    private final Semaphore bodies;

    public HookEndpoints(KumoCore core) {
        this(core, MAX_CONCURRENT);
    }

    HookEndpoints(KumoCore core, int maxConcurrent) {
        this.core = core;
        this.bodies = new Semaphore(maxConcurrent);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.POST, "/api/v1/hooks/{id}", Access.HOOK, this::trigger,
                ApiDoc.of("Hooks", "Start a trigger URL's task or workflow").describedAs(DESCRIPTION)
                        .withParams(ApiParam.path("id", "the trigger's id"),
                                ApiParam.query(HookService.TOKEN_PARAMETER, JsonSchema.string(),
                                        "the trigger's secret, when the body is not signed"),
                                ApiParam.header(HookService.SIGNATURE_HEADER,
                                        "sha256= and the hex HMAC-SHA256 of the raw body keyed with the trigger's secret"))
                        .withBody(JsonSchema.anyObject().described("any JSON (optional): the run reads it from the file at KUMO_PAYLOAD"))
                        .returning(202, JsonSchema.object(SchemaFields.of(
                                "run_id", JsonSchema.integer().described("for a task's trigger"),
                                "workflow_run_id", JsonSchema.integer().described("for a workflow's trigger"))))));
    }

    /**
     * Everything that can be refused without the body is, before it is read: a body too large by its length, an unknown
     * id, no secret sent, a wrong query token. Then at most {@link #MAX_CONCURRENT} requests read their body (a
     * signature is over its bytes), which is checked to be JSON by streaming over it, never held as a tree. The run is
     * started, and audited, as the actor {@code hook:ID}.
     */
    private void trigger(Context ctx) throws Exception {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        String id = ctx.pathParam("id");
        Optional<String> token = Optional.ofNullable(ctx.queryParam(HookService.TOKEN_PARAMETER)).filter(t -> !t.isBlank());
        Optional<String> signature = Optional.ofNullable(ctx.header(HookService.SIGNATURE_HEADER)).filter(t -> !t.isBlank());
        if (signature.isPresent() || token.isEmpty()) {
            requireKnownIdAndASecret(id, signature.isPresent());
        }
        if (!bodies.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(503, "too many trigger requests at once; try again in a moment");
        }
        try {
            HookTrigger hook;
            byte[] body;
            if (signature.isPresent()) {
                body = boundedBody(ctx);
                hook = verified(id, token, signature, body);
            } else {
                hook = verified(id, token, Optional.empty(), null); // a query token needs no body to be checked
                body = boundedBody(ctx);
            }
            requireEmptyOrJson(body);
            ScopedValue.where(Actor.ACTING, new Actor("hook:" + hook.publicId())).call(() -> {
                start(ctx, hook, body);
                return null;
            });
        } finally {
            bodies.release();
        }
    }

    private void start(Context ctx, HookTrigger hook, byte[] body) {
        Engine engine = core.engine().orElseThrow(
                () -> new ApiException(503, "the engine is not running: Kumo cannot start runs now"));
        HookTarget target = hook.target();
        if (target.kind() == HookTarget.Kind.TASK) {
            Task task = core.taskService().find(target.id())
                    .orElseThrow(() -> new ApiException(410, "the task of this trigger was deleted"));
            long runId = engine.runNow(task, save(body)).getId();
            ctx.status(202).json(Map.of("run_id", runId));
        } else {
            long runId = core.workflowService().run(target.name(), Map.of(), save(body));
            ctx.status(202).json(Map.of("workflow_run_id", runId));
        }
    }

    /**
     * Refuses an unknown id (404) or a request with no secret at all (401) before its body is read: checked without a
     * secret, the trigger service always refuses, saying which. A signed request with a known id goes on.
     */
    private void requireKnownIdAndASecret(String id, boolean signed) {
        try {
            core.hooks().verify(id, Optional.empty(), Optional.empty(), null);
        } catch (HookRejected e) {
            if (e.reason() == HookRejected.Reason.NO_SECRET && signed) {
                return;
            }
            throw new ApiException(e.reason().status(), e.getMessage());
        }
        throw new IllegalStateException("a trigger was verified without a secret");
    }

    private HookTrigger verified(String id, Optional<String> token, Optional<String> signature, byte[] body) {
        try {
            return core.hooks().verify(id, token, signature, body);
        } catch (HookRejected e) {
            throw new ApiException(e.reason().status(), e.getMessage());
        }
    }

    private Path save(byte[] body) {
        return core.payloads().save(isBlank(body) ? EMPTY_OBJECT : body);
    }

    /** The raw body, read by hand so that a body past the limit is refused before it is all in memory. */
    private static byte[] boundedBody(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "the body is larger than 1 MB");
    }

    /** One JSON value and nothing after it, checked token by token (a tree of a 1 MB body could take 30 MB). */
    static void requireEmptyOrJson(byte[] body) {
        if (isBlank(body)) {
            return;
        }
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
            if (parser.nextToken() == null) {
                throw notJson();
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw notJson();
            }
        } catch (IOException e) {
            throw notJson();
        }
    }

    private static ApiException notJson() {
        return ApiException.badRequest("the body must be empty or JSON");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
