package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** Environments, projects and alert channels: lists; a channel's test message. */
public final class CatalogEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public CatalogEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
