package io.kumo.isolation.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.isolation.ConfinementRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why a sandbox cannot be used, told from a machine whose programs and their answers are given. */
class SandboxAvailabilityTest {

    /** A machine with the programs named, each answering with the exit code given. */
    private static final class GivenMachine implements HostCommands {
        final Map<String, Integer> answers;
        final List<List<String>> asked = new ArrayList<>();

        GivenMachine(Map<String, Integer> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<Path> find(String name, String... fallbacks) {
            return answers.containsKey(name) ? Optional.of(Path.of("/usr/bin", name)) : Optional.empty();
        }

        @Override
        public Result run(List<String> argv, Duration timeout) {
            asked.add(argv);
            String program = Path.of(argv.getFirst()).getFileName().toString();
            int code = answers.getOrDefault(program, -1);
            return new Result(code, code == 0 ? "ok" : "bwrap: No permissions to creating new namespace\nmore");
        }
    }

    private static ConfinementRequest request() {
        return new ConfinementRequest(1, "t", ResourceLimits.NONE, new Sandbox(SandboxMode.CONTAINER, null, true), Path.of("/w"),
                Optional.empty(), Path.of("/o"), Optional.empty(), Optional.empty(), Map.of(), Path.of("/d"));
    }

    @Test
    void withoutEitherRuntimeContainersSayNeitherIsInstalled() {
        Containers containers = new Containers(new GivenMachine(Map.of()));

        assertThat(containers.unavailableReason()).contains("neither podman nor docker is installed");
        assertThatThrownBy(() -> containers.confine(request())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither podman nor docker is installed");
    }

    @Test
    void dockerWhoseDaemonDoesNotAnswerIsNamed() {
        assertThat(new Containers(new GivenMachine(Map.of("docker", 1))).unavailableReason())
                .contains("docker is installed but its daemon does not answer");
    }

    @Test
    void podmanIsPreferredAndDockerTakenWhenPodmanDoesNotWork() {
        Containers both = new Containers(new GivenMachine(Map.of("podman", 0, "docker", 0)));
        Containers brokenPodman = new Containers(new GivenMachine(Map.of("podman", 125, "docker", 0)));

        assertThat(both.runtime()).map(ContainerRuntime::name).contains("podman");
        assertThat(brokenPodman.runtime()).map(ContainerRuntime::name).contains("docker");
        assertThat(brokenPodman.unavailableReason()).isEmpty();
    }

    @Test
    void bubblewrapMissingOrUnableToMakeNamespacesSaysSo() {
        GivenMachine refusing = new GivenMachine(Map.of("bwrap", 1));

        assertThat(new Bubblewrap(new GivenMachine(Map.of()), "Linux").unavailableReason())
                .contains("bubblewrap is not installed (install the package bubblewrap)");
        assertThat(new Bubblewrap(refusing, "Linux").unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("bubblewrap is installed but cannot create its namespaces here (bwrap: No permissions")
                .doesNotContain("more"));
        assertThat(new Bubblewrap(new GivenMachine(Map.of("bwrap", 0)), "Mac OS X").unavailableReason())
                .contains("bubblewrap runs on Linux only");
    }

    @Test
    void bubblewrapIsProbedOnceWithATrivialCommand() {
        GivenMachine working = new GivenMachine(Map.of("bwrap", 0));
        Bubblewrap bubblewrap = new Bubblewrap(working, "Linux");

        assertThat(bubblewrap.unavailableReason()).isEmpty();
        assertThat(bubblewrap.unavailableReason()).isEmpty();
        assertThat(working.asked).hasSize(1);
        assertThat(working.asked.getFirst()).endsWith("--", "/bin/true");
    }
}
