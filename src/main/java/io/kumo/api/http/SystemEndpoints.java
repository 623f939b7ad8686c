package io.kumo.api.http;

import io.kumo.app.KumoCore;
import io.kumo.common.AppInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Without a token: health, the OpenAPI document of every route (these and {@code others}) and its browsable page. */
public final class SystemEndpoints implements ApiEndpoints {

    private static final String TAG = "System";

    private final KumoCore core;
    private final List<ApiRoute> others;
    private final String version = AppInfo.load().version();

    public SystemEndpoints(KumoCore core, List<ApiRoute> others) {
        this.core = core;
        this.others = List.copyOf(others);
    }

    @Override
    public List<ApiRoute> routes() {
        List<ApiRoute> own = List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/health", Access.OPEN, ctx -> ctx.json(health()),
                        ApiDoc.of(TAG, "Whether Kumo serves and schedules").returning(200, JsonSchema.object(Map.of(
                                "status", JsonSchema.oneOf("ok"), "version", JsonSchema.string(),
                                "engine", JsonSchema.oneOf("starting", "running", "paused", "stopping", "stopped"),
                                "scheduling_paused", JsonSchema.bool()), "status", "version", "engine", "scheduling_paused"))),
                new ApiRoute(ApiMethod.GET, "/api/v1/openapi.json", Access.OPEN, ctx -> ctx.json(document()),
                        ApiDoc.of(TAG, "This API's OpenAPI 3.1 document").returning(200, JsonSchema.anyObject())),
                new ApiRoute(ApiMethod.GET, "/api/v1/docs", Access.OPEN,
                        ctx -> ctx.html(ApiDocsPage.html(document(), ctx.scheme() + "://" + ctx.host())),
                        ApiDoc.of(TAG, "This API's documentation as a page").returningRaw(200, "text/html")));
        return own;
    }

    private Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("version", version);
        health.put("engine", core.engineStatus().state().get().name().toLowerCase(Locale.ROOT));
        health.put("scheduling_paused", core.schedulingPause().state().get().paused());
        return health;
    }

    /** Built per request: cheap next to the network, and it can never disagree with the routes. */
    private Map<String, Object> document() {
        List<ApiRoute> all = new ArrayList<>(routes());
        all.addAll(others);
        return OpenApiDocument.of(all, version);
    }
}
