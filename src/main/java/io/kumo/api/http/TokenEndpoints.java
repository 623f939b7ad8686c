package io.kumo.api.http;

import io.javalin.http.Context;
import io.kumo.api.ApiJsonFields;
import io.kumo.api.ApiRole;
import io.kumo.api.CreatedHook;
import io.kumo.api.CreatedToken;
import io.kumo.api.HookTarget;
import io.kumo.api.service.ApiTokenService;
import io.kumo.app.KumoCore;
import io.kumo.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Admin: API tokens and trigger URLs (list, create, revoke/remove). Secrets are answered once, when made. */
public final class TokenEndpoints implements ApiEndpoints {

    private static final JsonSchema TOKEN = JsonSchema.object(SchemaFields.of(
            "id", JsonSchema.integer(), "name", JsonSchema.string(), "role", JsonSchema.oneOf("viewer", "operator", "admin"),
            "created_at", JsonSchema.instant(), "expires_at", JsonSchema.instant().nullable(),
            "last_used_at", JsonSchema.instant().nullable(), "expired", JsonSchema.bool()));
    private static final JsonSchema TOKEN_BODY = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string().described("the token's name: the audit log's actor (api:NAME)"),
            "role", JsonSchema.oneOf("viewer", "operator", "admin"),
            "expires", JsonSchema.string().described("its lifetime: 30d, 12h, 90m, 2w (absent: without end)")), "name", "role");
    private static final JsonSchema CREATED_TOKEN = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "role", JsonSchema.string(), "expires_at", JsonSchema.instant().nullable(),
            "token", JsonSchema.string().described("the bearer token, shown this once (only its hash is kept)")),
            "name", "role", "token");
    private static final JsonSchema TRIGGER = JsonSchema.object(SchemaFields.of(
            "id", JsonSchema.string(), "path", JsonSchema.string(), "target_kind", JsonSchema.oneOf("task", "workflow"),
            "target_id", JsonSchema.integer(),
            "target", JsonSchema.string().described("the task's or workflow's current name; (deleted) when gone"),
            "created_at", JsonSchema.instant(), "last_called_at", JsonSchema.instant().nullable()));
    private static final JsonSchema TRIGGER_BODY = JsonSchema.object(SchemaFields.of(
            "task", JsonSchema.string(), "workflow", JsonSchema.string()))
            .described("exactly one of task and workflow: the name of what the URL starts");
    private static final JsonSchema CREATED_TRIGGER = JsonSchema.object(SchemaFields.of(
            "id", JsonSchema.string(), "path", JsonSchema.string().described("/api/v1/hooks/{id}"),
            "url_path", JsonSchema.string().described("the path with ?token=SECRET, for callers that cannot sign"),
            "secret", JsonSchema.string().described("signs bodies (X-Hub-Signature-256), shown this once")),
            "id", "path", "url_path", "secret");

    private final KumoCore core;

    public TokenEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/tokens", Access.ADMIN, this::listTokens,
                        ApiDoc.of("Tokens", "List API tokens").describedAs("Names, roles and dates; never a secret.")
                                .returning(200, JsonSchema.array(TOKEN))),
                new ApiRoute(ApiMethod.POST, "/api/v1/tokens", Access.ADMIN, this::createToken,
                        ApiDoc.of("Tokens", "Create an API token").describedAs("As `kumo api token create NAME --role R "
                                + "[--expires 30d]`: the token is in this answer only.").withBody(TOKEN_BODY)
                                .returning(201, CREATED_TOKEN)),
                new ApiRoute(ApiMethod.DELETE, "/api/v1/tokens/{name}", Access.ADMIN, this::revokeToken,
                        ApiDoc.of("Tokens", "Revoke an API token").withParams(ApiParam.path("name", "the token's name"))
                                .returningRaw(204, "")),
                new ApiRoute(ApiMethod.GET, "/api/v1/triggers", Access.ADMIN, this::listTriggers,
                        ApiDoc.of("Hooks", "List trigger URLs").describedAs("Never a secret.")
                                .returning(200, JsonSchema.array(TRIGGER))),
                new ApiRoute(ApiMethod.POST, "/api/v1/triggers", Access.ADMIN, this::createTrigger,
                        ApiDoc.of("Hooks", "Make a trigger URL for a task or a workflow")
                                .describedAs("The secret is in this answer only; see POST /api/v1/hooks/{id} for how "
                                        + "callers use it.").withBody(TRIGGER_BODY).returning(201, CREATED_TRIGGER)),
                new ApiRoute(ApiMethod.DELETE, "/api/v1/triggers/{id}", Access.ADMIN, this::removeTrigger,
                        ApiDoc.of("Hooks", "Remove a trigger URL").withParams(ApiParam.path("id", "the trigger's id"))
                                .returningRaw(204, "")));
    }

    private void listTokens(Context ctx) {
        java.time.Instant now = core.clock().instant();
        ctx.json(core.apiTokens().list().stream().map(token -> ApiJsonFields.token(token, now)).toList());
    }

    private void createToken(Context ctx) {
        BodyFields body = new BodyFields(RequestBodies.object(ctx), "name", "role", "expires");
        String name = body.requiredText("name");
        ApiRole role = ApiRole.parse(body.requiredText("role"));
        Optional<java.time.Duration> lifetime = body.text("expires").map(ApiTokenService::lifetime);
        ctx.status(201).json(created(core.apiTokens().create(name, role, lifetime)));
    }

    private void revokeToken(Context ctx) {
        String name = ctx.pathParam("name");
        if (core.apiTokens().list().stream().noneMatch(token -> token.name().equals(name))) {
            throw ApiException.notFound("no API token named '" + name + "'");
        }
        core.apiTokens().revoke(name);
        ctx.status(204);
    }

    private void listTriggers(Context ctx) {
        ctx.json(core.hooks().list().stream().map(ApiJsonFields::hook).toList());
    }

    private void createTrigger(Context ctx) {
        BodyFields body = new BodyFields(RequestBodies.object(ctx), "task", "workflow");
        Optional<String> task = body.text("task");
        Optional<String> workflow = body.text("workflow");
        if (task.isPresent() == workflow.isPresent()) {
            throw ApiException.badRequest("give exactly one of \"task\" and \"workflow\": the name of what the URL starts");
        }
        HookTarget.Kind kind = task.isPresent() ? HookTarget.Kind.TASK : HookTarget.Kind.WORKFLOW;
        ctx.status(201).json(created(core.hooks().create(kind, task.orElseGet(workflow::get))));
    }

    private void removeTrigger(Context ctx) {
        String id = ctx.pathParam("id");
        if (core.hooks().list().stream().noneMatch(hook -> hook.publicId().equals(id))) {
            throw ApiException.notFound("no trigger URL with id '" + id + "'");
        }
        core.hooks().remove(id);
        ctx.status(204);
    }

    /** A token just made, with its secret: the only time anyone sees it. */
    private static Map<String, Object> created(CreatedToken created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", created.token().name());
        json.put("role", created.token().role().label());
        json.put("expires_at", created.token().expiresAt().map(Json::instant).orElse(null));
        json.put("token", created.secret());
        return json;
    }

    /** A trigger just made: {@code url_path} carries the query token, for callers that cannot sign. */
    private static Map<String, Object> created(CreatedHook created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", created.hook().publicId());
        json.put("path", created.hook().path());
        json.put("url_path", created.hook().path() + "?token=" + URLEncoder.encode(created.secret(), StandardCharsets.UTF_8));
        json.put("secret", created.secret());
        return json;
    }
}
