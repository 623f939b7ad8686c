package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** POST /api/v1/hooks/{id}: a trigger URL starts its task or workflow with the body as KUMO_PAYLOAD. */
public final class HookEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public HookEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
