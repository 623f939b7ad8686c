package io.kumo.settings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The proxy settings as environment variables, in both spellings tools look for (requests and pip read either). */
public final class ProxyEnvironment {

    private ProxyEnvironment() {
    }

    public static Map<String, String> of(SettingsService settings) {
        Map<String, String> env = new LinkedHashMap<>();
        Map.of("HTTP_PROXY", Settings.HTTP_PROXY, "HTTPS_PROXY", Settings.HTTPS_PROXY, "NO_PROXY", Settings.NO_PROXY)
                .forEach((name, key) -> {
                    String value = settings.get(key);
                    if (value != null && !value.isBlank()) {
                        env.put(name, value.strip());
                        env.put(name.toLowerCase(Locale.ROOT), value.strip());
                    }
                });
        return env;
    }
}
