package io.kumo.json;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTrigger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Trigger URLs as the API's trigger endpoints write them: never a secret but the one just made. */
public final class HookJson {

    private HookJson() {
    }

    public static Map<String, Object> of(HookTrigger hook) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hook.publicId());
        json.put("path", hook.path());
        json.put("kind", hook.target().kind().name().toLowerCase(Locale.ROOT));
        json.put("target", hook.target().name());
        json.put("created_at", Json.instant(hook.createdAt()));
        json.put("last_called_at", hook.lastCalledAt().map(Json::instant).orElse(null));
        return json;
    }

    /**
     * A trigger just made: {@code secret} signs bodies (or goes in the query); {@code url_path} is the path with the
     * query token already in it, for callers that cannot sign.
     */
    public static Map<String, Object> created(CreatedHook created) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", created.hook().publicId());
        json.put("path", created.hook().path());
        json.put("url_path", created.hook().path() + "?token=" + URLEncoder.encode(created.secret(), StandardCharsets.UTF_8));
        json.put("secret", created.secret());
        return json;
    }
}
