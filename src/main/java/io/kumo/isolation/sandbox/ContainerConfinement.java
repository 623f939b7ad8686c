package io.kumo.isolation.sandbox;

import io.kumo.config.OwnerOnly;
import io.kumo.domain.ByteSize;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.supervisor.RunConfinement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.kumo.common.FileTrees;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run in a container. The container is not started with {@code --rm}: the memory verdict comes from
 * {@code inspect} after the exit, so it is removed in {@link #close()} instead, with the run's folder of Kumo's
 * (its env file).
 * <p>
 * The runtime's client starts in that folder, not in the run's working directory: conmon (2.1.6, Podman's monitor)
 * writes an {@code oom} file into its working directory when the OOM killer strikes, which must not land in the
 * user's project; and where Podman sets no OOMKilled flag (runc on cgroups v1) that file is the verdict.
 */
final class ContainerConfinement implements RunConfinement {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerConfinement.class);
    private static final String OOM_FILE = "oom";

    private final ContainerRuntime runtime;
    private final ConfinementRequest request;
    private final String container;
    private final Path runFolder;
    private final Path envFile;

    ContainerConfinement(ContainerRuntime runtime, ConfinementRequest request) {
        this.runtime = runtime;
        this.request = request;
        this.container = ContainerArguments.containerName(request.runId());
        this.runFolder = request.dataRoot().resolve("sandbox").resolve(container);
        this.envFile = runFolder.resolve("env");
    }

    @Override
    public List<String> wrap(List<String> resolvedArgv) {
        try {
            OwnerOnly.createDirectories(runFolder);
            OwnerOnly.write(envFile, (String.join("\n", ContainerArguments.environmentLines(request)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the container's variables to " + envFile + ": " + e.getMessage(), e);
        }
        List<String> run = new ContainerArguments(runtime.program()).run(request, envFile, resolvedArgv);
        if (File.separatorChar != '/') {
            return run;
        }
        List<String> inFolder = new ArrayList<>(List.of("/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "kumo-sandbox",
                runFolder.toString()));
        inFolder.addAll(run);
        return List.copyOf(inFolder);
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
        runtime.kill(container);
    }

    @Override
    public Optional<String> limitExceeded(int exitCode, String errorSummary) {
        if (request.limits().memoryBytes() == null || exitCode == 0
                || !(Files.exists(runFolder.resolve(OOM_FILE)) || runtime.oomKilled(container))) {
            return Optional.empty();
        }
        return Optional.of("memory limit " + ByteSize.format(request.limits().memoryBytes()) + " exceeded");
    }

    @Override
    public void close() {
        runtime.remove(container);
        try {
            FileTrees.delete(runFolder);
        } catch (IOException e) {
            LOG.warn("cannot delete {} (it holds the run's variables): {}", runFolder, e.getMessage());
        }
    }
}
