package io.kumo.isolation.sandbox;

import io.kumo.common.Lazy;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.SandboxConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs a task in a container of Podman (preferred: no daemon) or Docker (whose daemon must answer); see
 * {@link ContainerArguments} for what the run sees. The runtime is chosen and asked once, on first use.
 */
public final class Containers implements SandboxConfiner {

    private final Lazy<Choice> choice;

    Containers(HostCommands host) {
        this.choice = new Lazy<>(() -> choose(host));
    }

    /** Looks for the programs on this machine once (they are asked on first use). */
    public static SandboxConfiner detect() {
        return new Containers(HostCommands.system());
    }

    @Override
    public RunConfinement confine(ConfinementRequest request) {
        Choice chosen = choice.get();
        if (chosen.runtime().isEmpty()) {
            throw new IllegalStateException("the container sandbox cannot be used: " + chosen.unavailable());
        }
        ContainerArguments.checkMountable(request);
        return new ContainerConfinement(chosen.runtime().get(), request);
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(choice.get().unavailable());
    }

    /** The runtime in use here, when one answers. */
    Optional<ContainerRuntime> runtime() {
        return choice.get().runtime();
    }

    /** Podman when it works, else Docker when its daemon answers; else why neither can be used. */
    private static Choice choose(HostCommands host) {
        Optional<Path> podman = host.find("podman");
        String podmanFailure = null;
        if (podman.isPresent()) {
            ContainerRuntime runtime = new ContainerRuntime("podman", podman.get(), host);
            HostCommands.Result answer = runtime.answers();
            if (answer.succeeded()) {
                return new Choice(Optional.of(runtime), null);
            }
            podmanFailure = "podman is installed but does not work here (" + firstLine(answer.output()) + ")";
        }
        Optional<Path> docker = host.find("docker");
        if (docker.isPresent()) {
            ContainerRuntime runtime = new ContainerRuntime("docker", docker.get(), host);
            if (runtime.answers().succeeded()) {
                return new Choice(Optional.of(runtime), null);
            }
            String dockerFailure = "docker is installed but its daemon does not answer";
            return new Choice(Optional.empty(), podmanFailure == null ? dockerFailure : podmanFailure + "; " + dockerFailure);
        }
        return new Choice(Optional.empty(), podmanFailure == null ? "neither podman nor docker is installed" : podmanFailure);
    }

    private static String firstLine(String output) {
        return output.lines().filter(line -> !line.isBlank()).findFirst().orElse("no message");
    }

    private record Choice(Optional<ContainerRuntime> runtime, String unavailable) {
    }
}
