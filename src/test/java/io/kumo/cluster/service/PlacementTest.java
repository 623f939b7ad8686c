package io.kumo.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.cluster.NodeConfig;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task runs on a node that runs tasks, carries all its labels and has its environment's interpreter. */
class PlacementTest {

    @TempDir
    Path dir;

    private Placement placement(boolean runsTasks, Map<Long, PythonEnvironment> environments, String... labels) {
        NodeConfig node = NodeConfig.named("n1", Set.of(labels), runsTasks, OptionalInt.empty(), Duration.ofSeconds(15));
        return new Placement(node, id -> Optional.ofNullable(environments.get(id)), () -> List.copyOf(environments.values()));
    }

    private PythonEnvironment environment(long id, String name, Path interpreter) {
        PythonEnvironment environment = new PythonEnvironment(name, EnvironmentKind.VENV, interpreter.toString(),
                io.kumo.domain.EnvironmentState.READY);
        environment.setId(id);
        return environment;
    }

    private static Task task(String labels, Long environmentId) {
        Task task = new Task("t", "true");
        task.setNodeLabels(labels);
        task.setEnvironmentId(environmentId);
        return task;
    }

    @Test
    void aTaskAskingForLabelsTheNodeLacksIsNotPlacedHereAndTheMessageNamesThem() {
        Placement placement = placement(true, Map.of(), "eu");

        assertThat(placement.whyNotHere(task("eu,gpu,ssd", null))).contains("node n1 lacks the labels gpu, ssd");
        assertThat(placement.whyNotHere(task("eu", null))).isEmpty();
    }

    @Test
    void aTaskWhoseEnvironmentIsNotOnThisMachineIsNotPlacedHere() throws Exception {
        Path python = Files.createFile(dir.resolve("python3"));
        Placement placement = placement(true, Map.of(1L, environment(1, "here", python),
                2L, environment(2, "elsewhere", dir.resolve("missing/python3"))));

        assertThat(placement.whyNotHere(task(null, 1L))).isEmpty();
        assertThat(placement.whyNotHere(task(null, 2L))).contains("environment elsewhere is not on this node");
        assertThat(placement.presentEnvironments()).containsExactly("here");
    }

    @Test
    void aNodeThatRunsNoTasksTakesNone() {
        assertThat(placement(false, Map.of()).whyNotHere(task(null, null))).contains("node n1 runs no tasks");
    }
}
