package io.kumo.template;

import java.util.Map;

/**
 * A task a template suggests: named after the project ({@code <project>} or {@code <project>-<suffix>}), with a
 * command run in the project folder, a cron schedule and the variables its script reads (placeholders to edit).
 */
public record SuggestedTask(String suffix, String command, String cron, String description, Map<String, String> env) {

    public SuggestedTask {
        suffix = suffix == null ? "" : suffix;
        env = env == null ? Map.of() : env;
    }

    public String nameFor(String projectName) {
        return suffix.isBlank() ? projectName : projectName + "-" + suffix;
    }
}
