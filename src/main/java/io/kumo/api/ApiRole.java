package io.kumo.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a REST API token may do: each role can do everything the ones before it can. */
public enum ApiRole {
    /** Reads tasks, runs, logs, workflows, environments, projects, channels and metrics. */
    VIEWER,
    /** Also runs, stops, pauses and resumes tasks and workflows, and tests channels. */
    OPERATOR,
    /** Also changes tasks, workflows, environments, channels, trigger URLs and tokens. */
    ADMIN;

    public boolean covers(ApiRole required) {
        return ordinal() >= required.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code viewer}, {@code operator} or {@code admin}, any case. */
    public static ApiRole parse(String text) {
        for (ApiRole role : values()) {
            if (role.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw new io.kumo.common.ValidationException("role: '" + text + "' is not one of "
                + Arrays.stream(values()).map(ApiRole::label).collect(Collectors.joining(", ")));
    }
}
