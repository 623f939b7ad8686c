package io.kumo.isolation.sandbox;

import io.kumo.config.OwnerOnly;
import io.kumo.domain.ByteSize;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.supervisor.RunConfinement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run in a container. The container is not started with {@code --rm}: the memory verdict comes from
 * {@code inspect} after the exit, so it is removed in {@link #close()} instead, with the env file holding its variables.
 */
final class ContainerConfinement implements RunConfinement {

    /** A container's main process killed by SIGKILL, as the runtime's client reports it: 128 + 9. */
    private static final int SIGKILL_EXIT = 137;

    private final ContainerRuntime runtime;
    private final ConfinementRequest request;
    private final String container;
    private final Path envFile;
    private volatile boolean stopped;

    ContainerConfinement(ContainerRuntime runtime, ConfinementRequest request) {
        this.runtime = runtime;
        this.request = request;
        this.container = ContainerArguments.containerName(request.runId());
        this.envFile = request.dataRoot().resolve("sandbox").resolve(container + ".env");
    }

    @Override
    public List<String> wrap(List<String> resolvedArgv) {
        try {
            OwnerOnly.createDirectories(envFile.getParent());
            OwnerOnly.write(envFile, (String.join("\n", ContainerArguments.environmentLines(request)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the container's variables to " + envFile + ": " + e.getMessage(), e);
        }
        return new ContainerArguments(runtime.program()).run(request, envFile, resolvedArgv);
    }

    @Override
    public String describe() {
        return "sandbox: " + runtime.name() + " container " + container + " (image " + ContainerArguments.image(request)
                + ", project read-only at /project, OUTPUT_DIR at /output, network " + (request.sandbox().network() ? "on" : "off")
                + "); limits: " + request.limits().describe();
    }

    /** The runtime's client may not pass a signal on (Docker's daemon owns the container): the container is killed too. */
    @Override
    public void stopping() {
        stopped = true;
        runtime.kill(container);
    }

    /**
     * The runtime's OOMKilled flag; where it does not set one (Podman on runc with cgroups v1), a SIGKILL Kumo did not
     * send to a run under a memory limit: the kernel's OOM killer is then the one that sends it.
     */
    @Override
    public Optional<String> limitExceeded(int exitCode, String errorSummary) {
        if (request.limits().memoryBytes() == null || exitCode == 0) {
            return Optional.empty();
        }
        boolean killedUnasked = exitCode == SIGKILL_EXIT && !stopped;
        if (!runtime.oomKilled(container) && !killedUnasked) {
            return Optional.empty();
        }
        return Optional.of("memory limit " + ByteSize.format(request.limits().memoryBytes()) + " exceeded");
    }

    @Override
    public void close() {
        runtime.remove(container);
        try {
            Files.deleteIfExists(envFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + envFile + ": " + e.getMessage(), e);
        }
    }
}
