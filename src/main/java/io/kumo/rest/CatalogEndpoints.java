package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.alerts.send.SendResult;
import io.kumo.app.KumoCore;
import io.kumo.json.ChannelJson;
import io.kumo.json.EnvironmentJson;
import io.kumo.json.ProjectJson;
import io.kumo.project.ProjectService;
import java.util.List;
import java.util.Map;

/** Environments, projects and alert channels: lists; a channel's test message. */
public final class CatalogEndpoints implements ApiEndpoints {

    /** What a channel test answers when the service refused or could not be reached: the sender's masked error line. */
    static final int CHANNEL_FAILED = 502;

    private static final JsonSchema ENVIRONMENT = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "kind", JsonSchema.oneOf("venv", "conda", "system"), "state", JsonSchema.string(),
            "python_version", JsonSchema.string().nullable(), "interpreter", JsonSchema.string().nullable(),
            "location", JsonSchema.string().nullable(), "packages_writable", JsonSchema.bool()));
    private static final JsonSchema STRINGS = JsonSchema.array(JsonSchema.string());
    private static final JsonSchema PROJECT = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "path", JsonSchema.string(), "linked", JsonSchema.bool(), "kind", JsonSchema.string(),
            "suggested_commands", STRINGS, "spiders", STRINGS, "requirements", STRINGS, "dependencies", STRINGS,
            "description", JsonSchema.string().nullable(), "work_dir", JsonSchema.string().nullable(),
            "output_dir", JsonSchema.string().nullable(), "tags", STRINGS,
            "commit", JsonSchema.string().nullable().described("a Git project's commit"), "git", GitEndpoints.GIT.nullable()));
    private static final JsonSchema CHANNEL = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "kind", JsonSchema.string().described("the URL's scheme: json, slack, mailto..."),
            "url", JsonSchema.string().described("the channel URL with its secrets masked (******)"),
            "enabled", JsonSchema.bool(), "readable", JsonSchema.bool().described("false: its sealed URL cannot be read; set it again"),
            "rules", JsonSchema.string().described("which events go there, in words")));

    private final KumoCore core;

    public CatalogEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/environments", Access.VIEWER, this::environments,
                        ApiDoc.of("Environments", "List Python environments").describedAs("As `kumo env list --json`.")
                                .returning(200, JsonSchema.array(ENVIRONMENT))),
                new ApiRoute(ApiMethod.GET, "/api/v1/projects", Access.VIEWER, this::projects,
                        ApiDoc.of("Projects", "List projects").describedAs("As `kumo project list --json`, with what was "
                                + "detected in each.").returning(200, JsonSchema.array(PROJECT))),
                new ApiRoute(ApiMethod.GET, "/api/v1/channels", Access.VIEWER, this::channels,
                        ApiDoc.of("Channels", "List alert channels").describedAs("As `kumo channel list --json`: "
                                + "URLs masked, never a secret.").returning(200, JsonSchema.array(CHANNEL))),
                new ApiRoute(ApiMethod.POST, "/api/v1/channels/{name}/test", Access.OPERATOR, this::testChannel,
                        ApiDoc.of("Channels", "Send a channel's test message now")
                                .describedAs("As `kumo channel test NAME`; written to the delivery log. 502 with the "
                                        + "service's error (secrets masked) when it was not delivered.")
                                .withParams(ApiParam.path("name", "the channel's name"))
                                .withError(CHANNEL_FAILED, "The message was not delivered: the service's error, secrets masked")
                                .returning(200, JsonSchema.object(Map.of("delivered", JsonSchema.bool()), "delivered"))));
    }

    private void environments(Context ctx) {
        ctx.json(core.python().environments().list().stream().map(EnvironmentJson::of).toList());
    }

    private void projects(Context ctx) {
        ProjectService projects = core.projectService();
        ctx.json(projects.list().stream().map(project -> ProjectJson.of(project, projects.detect(project),
                core.gitProjects().statusIfGit(project).orElse(null))).toList());
    }

    private void channels(Context ctx) {
        ctx.json(core.channelService().list().stream().map(ChannelJson::of).toList());
    }

    private void testChannel(Context ctx) {
        String name = ctx.pathParam("name");
        if (core.channelService().find(name).isEmpty()) {
            throw ApiException.notFound("no channel named '" + name + "'");
        }
        SendResult result = core.channelService().test(name);
        if (!result.delivered()) {
            throw new ApiException(CHANNEL_FAILED, "channel " + name + ": " + result.error());
        }
        ctx.json(Map.of("delivered", true));
    }
}
