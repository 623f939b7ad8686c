package io.kumo.json;

import io.kumo.domain.PythonEnvironment;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A Python environment as {@code kumo env list --json} and the REST API write it. */
public final class EnvironmentJson {

    private EnvironmentJson() {
    }

    public static Map<String, Object> of(PythonEnvironment env) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", env.getName());
        json.put("kind", env.getKind().name().toLowerCase(Locale.ROOT));
        json.put("state", env.getState().name());
        json.put("python_version", env.getPythonVersion());
        json.put("interpreter", env.getInterpreterPath());
        json.put("location", env.getLocation());
        json.put("packages_writable", env.isPackagesWritable());
        return json;
    }
}
