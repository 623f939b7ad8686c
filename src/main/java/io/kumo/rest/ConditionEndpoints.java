package io.kumo.rest;

import io.javalin.http.Context;
import io.kumo.app.KumoCore;
import io.kumo.conditions.ConditionReport;
import java.util.List;

/** What run conditions see on the computer Kumo runs on, as {@code kumo conditions --json} prints it. */
public final class ConditionEndpoints implements ApiEndpoints {

    private static final JsonSchema ANSWER = JsonSchema.oneOf("yes", "no", "unknown");
    static final JsonSchema CONDITIONS = JsonSchema.object(SchemaFields.of(
            "ac_power", ANSWER.described("no battery at all counts as on AC"),
            "network_up", ANSWER.described("an interface other than loopback up with an address"),
            "idle_seconds", JsonSchema.integer().nullable().described("since the last keyboard or mouse input; null: unknown here"),
            "metered", ANSWER.described("as the operating system says (NetworkManager on Linux)")),
            "ac_power", "network_up", "idle_seconds", "metered");

    private final KumoCore core;

    public ConditionEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(new ApiRoute(ApiMethod.GET, "/api/v1/system/conditions", Access.VIEWER, this::conditions,
                ApiDoc.of("System", "What run conditions see now").describedAs("As `kumo conditions --json`: AC power, "
                        + "network, idle time and metered connection on the computer Kumo runs on; an unknown answer "
                        + "never holds a task back.").returning(200, CONDITIONS)));
    }

    private void conditions(Context ctx) {
        ctx.json(ConditionReport.of(core.conditions()).fields());
    }
}
