package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** Workflows: list, run, their runs. */
public final class WorkflowEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public WorkflowEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
