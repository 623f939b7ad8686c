package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.json.NodeJson;
import java.util.List;

/** The cluster's nodes (on one machine, this machine alone), as {@code kumo nodes --json} lists them. */
public final class NodeEndpoints implements ApiEndpoints {

    private static final JsonSchema STRINGS = JsonSchema.array(JsonSchema.string());
    static final JsonSchema NODE = JsonSchema.object(SchemaFields.of(
            "name", JsonSchema.string(), "status", JsonSchema.oneOf("ALIVE", "DEAD", "LEFT"), "labels", STRINGS,
            "runs_tasks", JsonSchema.bool().described("false: a desktop that only controls the cluster"),
            "max_runs", JsonSchema.integer().nullable().described("null: the global setting"),
            "host", JsonSchema.string().nullable(), "pid", JsonSchema.integer().nullable(),
            "version", JsonSchema.string().nullable(), "started_at", JsonSchema.instant().nullable(),
            "heartbeat_at", JsonSchema.instant().nullable(),
            "running", JsonSchema.integer().described("runs going on the node at its last heartbeat"),
            "cpu_load", JsonSchema.number().nullable().described("0..1 at its last heartbeat"),
            "memory_used", JsonSchema.integer().nullable().described("bytes"),
            "memory_total", JsonSchema.integer().nullable().described("bytes"),
            "environments", STRINGS.described("the Python environments present on the node"),
            "declared_dead_at", JsonSchema.instant().nullable(),
            "declared_dead_by", JsonSchema.string().nullable().described("the node that declared it dead")),
            "name", "status", "labels", "runs_tasks", "running");

    private final KumoCore core;

    public NodeEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.GET, "/api/v1/nodes", Access.VIEWER, this::nodes,
                ApiDoc.of("Nodes", "List the cluster's nodes").describedAs("As `kumo nodes --json`: alive first, then by "
                        + "name; on one machine, this machine alone.").returning(200, JsonSchema.array(NODE))));
    }

    private void nodes(Context ctx) {
        ctx.json(core.nodes().nodes().stream().map(NodeJson::of).toList());
    }
}
