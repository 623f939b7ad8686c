package io.kumo.isolation.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Podman or Docker, asked about and told to act on one run's container, each time within a bound. */
record ContainerRuntime(String name, Path program, HostCommands host) {

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REMOVE_TIMEOUT = Duration.ofSeconds(30);

    /** Whether the runtime answers (Docker's daemon, Podman's storage and OCI runtime); the failure's words if not. */
    HostCommands.Result answers() {
        return name.equals("docker")
                ? host.run(List.of(program.toString(), "version", "--format", "{{.Server.Version}}"), ASK_TIMEOUT)
                : host.run(List.of(program.toString(), "info", "--format", "{{.Host.OCIRuntime.Name}}"), ASK_TIMEOUT);
    }

    void kill(String container) {
        host.run(List.of(program.toString(), "kill", container), KILL_TIMEOUT);
    }

    /** Whether the kernel's OOM killer ended the container (false when it cannot be told). */
    boolean oomKilled(String container) {
        HostCommands.Result result = host.run(List.of(program.toString(), "inspect", "--format", "{{.State.OOMKilled}}", container),
                ASK_TIMEOUT);
        return result.succeeded() && result.output().strip().equals("true");
    }

    void remove(String container) {
        host.run(List.of(program.toString(), "rm", "--force", container), REMOVE_TIMEOUT);
    }
}
