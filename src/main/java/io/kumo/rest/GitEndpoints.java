package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.git.PullResult;
import io.kumo.json.GitJson;
import java.util.List;

/** Git projects: a pull on demand (as {@code kumo project pull NAME}). */
public final class GitEndpoints implements ApiEndpoints {

    /** A project's checkout and pull policy inside the project JSON; null for a project not cloned from Git. */
    static final JsonSchema GIT = JsonSchema.object(SchemaFields.of(
            "url", JsonSchema.string(), "branch", JsonSchema.string().nullable(), "commit", JsonSchema.string().nullable(),
            "subject", JsonSchema.string().nullable(),
            "ahead", JsonSchema.integer().nullable().described("commits not on the remote branch (as of the last fetch)"),
            "behind", JsonSchema.integer().nullable().described("remote commits not pulled (as of the last fetch)"),
            "changes", JsonSchema.array(JsonSchema.string()).described("local changes as `git status --short` shows them"),
            "pull", JsonSchema.oneOf("manual", "schedule", "before-run"), "pull_minutes", JsonSchema.integer().nullable(),
            "pulled_at", JsonSchema.instant().nullable(), "pull_error", JsonSchema.string().nullable()));
    private static final JsonSchema PULL = JsonSchema.object(SchemaFields.of(
            "outcome", JsonSchema.oneOf("up_to_date", "fast_forward", "merged"), "commit", JsonSchema.string(),
            "message", JsonSchema.string()));
    /** A pull refused (it would touch local edits or conflict): the checkout is left exactly as it was. */
    static final int REFUSED = 409;
    /** The remote could not be reached or read. */
    static final int FAILED = 502;

    private final KumoCore core;

    public GitEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.POST, "/api/v1/projects/{name}/pull", Access.OPERATOR, this::pull,
                ApiDoc.of("Projects", "Pull a Git project now")
                        .describedAs("As `kumo project pull NAME`: fetch, then fast-forward, or merge diverged branches only "
                                + "when the merge is clean. Refused (409, naming the files) when incoming changes touch "
                                + "local edits or would conflict; nothing is changed then.")
                        .withParams(ApiParam.path("name", "the project's name"))
                        .withError(REFUSED, "The pull was refused (it would touch local edits or conflict, or the checkout cannot be read): the reason; nothing was changed")
                        .withError(FAILED, "The remote could not be reached or read")
                        .returning(200, PULL)));
    }

    private void pull(Context ctx) {
        String name = ctx.pathParam("name");
        Project project = core.projects().findByName(name)
                .orElseThrow(() -> ApiException.notFound("no project named '" + name + "'"));
        PullResult result = core.gitProjects().pull(project);
        if (result.outcome() == PullResult.Outcome.REFUSED) {
            throw new ApiException(REFUSED, result.message());
        }
        if (result.outcome() == PullResult.Outcome.FAILED) {
            throw new ApiException(FAILED, result.message());
        }
        ctx.json(GitJson.of(result));
    }
}
