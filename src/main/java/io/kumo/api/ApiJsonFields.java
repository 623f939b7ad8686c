package io.kumo.api;

import io.kumo.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON fields of a token and of a trigger URL, the same in {@code kumo api ... --json} and the REST API's answers:
 * snake_case keys, instants ISO-8601 UTC with milliseconds, null where none. Never a secret.
 */
public final class ApiJsonFields {

    private ApiJsonFields() {
    }

    /** {@code {id, name, role, created_at, expires_at, last_used_at, expired}}. */
    public static Map<String, Object> token(ApiToken token, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", token.id());
        json.put("name", token.name());
        json.put("role", token.role().label());
        json.put("created_at", Json.instant(token.createdAt()));
        json.put("expires_at", token.expiresAt().map(Json::instant).orElse(null));
        json.put("last_used_at", token.lastUsedAt().map(Json::instant).orElse(null));
        json.put("expired", token.expiredAt(now));
        return json;
    }

    /** {@code {id, path, target_kind, target_id, target, created_at, last_called_at}}; target "(deleted)" when gone. */
    public static Map<String, Object> hook(HookTrigger hook) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hook.publicId());
        json.put("path", hook.path());
        json.put("target_kind", hook.target().kind().name().toLowerCase(Locale.ROOT));
        json.put("target_id", hook.target().id());
        json.put("target", hook.target().name());
        json.put("created_at", Json.instant(hook.createdAt()));
        json.put("last_called_at", hook.lastCalledAt().map(Json::instant).orElse(null));
        return json;
    }
}
