package io.kumo.cluster.service;

import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeLabels;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether a task may run on this node: the node runs tasks, carries every label the task asks for, and has the
 * interpreter of the task's Python environment on its disk (environments are registered once for the cluster, each
 * machine has its own files).
 */
public final class Placement {

    private final NodeConfig node;
    private final Function<Long, Optional<PythonEnvironment>> environment;
    private final Supplier<List<PythonEnvironment>> environments;

    public Placement(NodeConfig node, Function<Long, Optional<PythonEnvironment>> environment,
                     Supplier<List<PythonEnvironment>> environments) {
        this.node = node;
        this.environment = environment;
        this.environments = environments;
    }

    /** Why {@code task} may not run here; empty: it may. */
    public Optional<String> whyNotHere(Task task) {
        if (!node.runsTasks()) {
            return Optional.of("node " + node.name() + " runs no tasks");
        }
        Set<String> missing = NodeLabels.missing(NodeLabels.read(task.getNodeLabels()), node.labels());
        if (!missing.isEmpty()) {
            return Optional.of("node " + node.name() + " lacks the label" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing));
        }
        return Optional.ofNullable(task.getEnvironmentId()).flatMap(environment)
                .filter(python -> !present(python))
                .map(python -> "environment " + python.getName() + " is not on this node");
    }

    /** The Python environments whose interpreter is on this machine, by name. */
    public List<String> presentEnvironments() {
        return environments.get().stream().filter(Placement::present).map(PythonEnvironment::getName).sorted().toList();
    }

    private static boolean present(PythonEnvironment python) {
        try {
            return python.getInterpreterPath() != null && Files.isRegularFile(Path.of(python.getInterpreterPath()));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
