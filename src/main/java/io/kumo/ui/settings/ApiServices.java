package io.kumo.ui.settings;

import io.kumo.api.ApiState;
import io.kumo.api.service.ApiTokenService;
import io.kumo.api.service.HookService;
import io.kumo.common.Observable;
import io.kumo.ui.common.LinkOpener;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the REST API section uses: tokens, trigger URLs, whether the server listens, the names a trigger can start,
 * and the browser for the API docs.
 */
public record ApiServices(ApiTokenService tokens, HookService hooks, Observable<ApiState> state,
                          Supplier<List<String>> taskNames, Supplier<List<String>> workflowNames, LinkOpener browser) {
}
