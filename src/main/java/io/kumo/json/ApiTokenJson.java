package io.kumo.json;

import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import java.util.LinkedHashMap;
import java.util.Map;

/** REST API tokens as the API's token endpoints write them: never a secret but the one just created. */
public final class ApiTokenJson {

    private ApiTokenJson() {
    }

    public static Map<String, Object> of(ApiToken token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", token.name());
        json.put("role", token.role().label());
        json.put("created_at", Json.instant(token.createdAt()));
        json.put("expires_at", token.expiresAt().map(Json::instant).orElse(null));
        json.put("last_used_at", token.lastUsedAt().map(Json::instant).orElse(null));
        return json;
    }

    /** A token just made, with its secret: the only time anyone sees it. */
    public static Map<String, Object> created(CreatedToken created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", created.token().name());
        json.put("role", created.token().role().label());
        json.put("expires_at", created.token().expiresAt().map(Json::instant).orElse(null));
        json.put("token", created.secret());
        return json;
    }
}
