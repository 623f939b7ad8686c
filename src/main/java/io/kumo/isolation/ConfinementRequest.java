package io.kumo.isolation;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a confinement is made for: one run, its effective limits (the task's, else the defaults from Settings), its
 * sandbox, and the paths it needs to see.
 *
 * @param projectRoot         the project's folder (mounted read-only in a sandbox), when the task has a project
 * @param outputDir           the run's OUTPUT_DIR (writable in a sandbox)
 * @param environmentLocation the Python environment's folder (mounted read-only in a sandbox), when it has one
 * @param pythonVersion       the environment's Python version ("3.11.4"), to pick a container image, when known
 * @param environment         the variables the run gets (a container is given them explicitly)
 */
public record ConfinementRequest(long runId, String taskName, ResourceLimits limits, Sandbox sandbox, Path workDir,
                                 Optional<Path> projectRoot, Path outputDir, Optional<Path> environmentLocation,
                                 Optional<String> pythonVersion, Map<String, String> environment, Path dataRoot) {

    public ConfinementRequest {
        environment = Map.copyOf(environment);
    }
}
