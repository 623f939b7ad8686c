package io.kumo.supervisor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start one run's process.
 *
 * @param environment the complete environment of the child (nothing else is inherited)
 * @param secrets     values to mask as {@code ******} in the log
 * @param logCapBytes the log keeps its head and tail within this size
 */
public record LaunchSpec(List<String> argv, Path workDir, Map<String, String> environment, Path logFile,
                         List<String> secrets, long logCapBytes) {

    public LaunchSpec {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
        secrets = secrets.stream().filter(secret -> secret != null && !secret.isEmpty()).toList();
    }
}
