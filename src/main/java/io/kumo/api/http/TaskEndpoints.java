package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** Tasks: list, create, show, change, delete, run, stop, pause, resume (addressed by name or id). */
public final class TaskEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public TaskEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
