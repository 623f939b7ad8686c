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
 * @param confinement its limits and sandbox, wrapped around the resolved command line
 */
public record LaunchSpec(List<String> argv, Path workDir, Map<String, String> environment, Path logFile,
                         List<String> secrets, long logCapBytes, RunConfinement confinement) {

    /** A launch without limits or sandbox. */
    public LaunchSpec(List<String> argv, Path workDir, Map<String, String> environment, Path logFile, List<String> secrets,
                      long logCapBytes) {
        this(argv, workDir, environment, logFile, secrets, logCapBytes, RunConfinement.NONE);
    }

    public LaunchSpec {
        confinement = confinement == null ? RunConfinement.NONE : confinement;
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
        secrets = secrets.stream().filter(secret -> secret != null && !secret.isEmpty()).toList();
    }
}
