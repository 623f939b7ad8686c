package io.kumo.engine;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.RunConfiners;
import io.kumo.secrets.VariableService;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a launch is built from: the data directory (default output folders) and its run-log root, project and
 * environment lookups, the environment sources (the user's, proxy, package index mirrors, global variables) and the
 * log cap, the default limits and how runs are confined here (null: not at all). Each source is read at every launch, so a changed setting applies to the next run.
 */
public record LaunchContext(Path dataRoot, Path runLogs, LongFunction<Optional<Project>> projects,
                            LongFunction<Optional<PythonEnvironment>> environments, Map<String, String> baseEnvironment,
                            Supplier<Map<String, String>> proxyEnvironment, Supplier<Map<String, String>> mirrorEnvironment,
                            Supplier<VariableService.RunVariables> variables, LongSupplier logCapBytes,
                            Supplier<ResourceLimits> defaultLimits, Supplier<RunConfiners> confiners) {

    /** Runs without limits or sandbox. */
    public LaunchContext(Path dataRoot, Path runLogs, LongFunction<Optional<Project>> projects,
                         LongFunction<Optional<PythonEnvironment>> environments, Map<String, String> baseEnvironment,
                         Supplier<Map<String, String>> proxyEnvironment, Supplier<Map<String, String>> mirrorEnvironment,
                         Supplier<VariableService.RunVariables> variables, LongSupplier logCapBytes) {
        this(dataRoot, runLogs, projects, environments, baseEnvironment, proxyEnvironment, mirrorEnvironment, variables,
                logCapBytes, () -> ResourceLimits.NONE, () -> null);
    }
}
