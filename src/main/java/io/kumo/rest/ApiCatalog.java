package io.kumo.rest;

import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import java.util.ArrayList;
import java.util.List;

/** Every route the API serves, from every group, built in one place; the system routes describe all of them. */
public final class ApiCatalog {

    private ApiCatalog() {
    }

    public static List<ApiRoute> routes(KumoCore core, KumoMetrics metrics) {
        List<ApiRoute> routes = new ArrayList<>();
        for (ApiEndpoints group : List.of(new TaskEndpoints(core), new RunEndpoints(core), new LogEndpoints(core),
                new WorkflowEndpoints(core), new CatalogEndpoints(core), new GitEndpoints(core), new TokenEndpoints(core),
                new HookEndpoints(core), new NodeEndpoints(core), new ConditionEndpoints(core), new ReportEndpoints(core), new ErrorEndpoints(core), new MetricsEndpoints(metrics), new InsightEndpoints(core))) {
            routes.addAll(group.routes());
        }
        List<ApiRoute> all = new ArrayList<>(new SystemEndpoints(core, routes).routes());
        all.addAll(routes);
        return List.copyOf(all);
    }
}
