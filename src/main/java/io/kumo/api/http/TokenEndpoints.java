package io.kumo.api.http;

import io.kumo.app.KumoCore;
import java.util.List;

/** Admin: API tokens and trigger URLs (list, create, revoke/remove). */
public final class TokenEndpoints implements ApiEndpoints {

    private final KumoCore core;

    public TokenEndpoints(KumoCore core) {
        this.core = core;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(); // TODO issue 23
    }
}
