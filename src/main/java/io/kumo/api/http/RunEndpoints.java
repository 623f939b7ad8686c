package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** Runs: the history with filters and a cursor, and one run. */
public final class RunEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public RunEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
