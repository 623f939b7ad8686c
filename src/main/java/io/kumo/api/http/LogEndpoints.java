package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** A run's log: plain text, or a text/event-stream that follows a live run to its end. */
public final class LogEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public LogEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
