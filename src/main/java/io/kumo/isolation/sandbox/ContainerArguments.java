package io.kumo.isolation.sandbox;

import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.ConfinementRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code podman run} / {@code docker run} command line of one run: the project read-only at /project, OUTPUT_DIR
 * writable at /output, the webhook payload read-only, the variables from an env file (never on the command line: they
 * may hold secrets), the limits as the runtime's own flags, and the program mapped to its path inside.
 */
final class ContainerArguments {

    static final String PROJECT = "/project";
    static final String OUTPUT = "/output";
    static final String PAYLOAD = "/kumo/payload.json";

    /** Variables that name places on the host or its shell: the image's own apply inside. */
    static final Set<String> HOST_ONLY = Set.of("PATH", "HOME", "PWD", "OLDPWD", "TMPDIR", "SHELL", "VIRTUAL_ENV",
            "CONDA_PREFIX", "PYTHONHOME", "PYTHONPATH", "LD_LIBRARY_PATH", "LD_PRELOAD", "XDG_RUNTIME_DIR",
            "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "SSH_AUTH_SOCK");

    private final Path runtime;

    ContainerArguments(Path runtime) {
        this.runtime = runtime;
    }

    static String containerName(long runId) {
        return "kumo-run-" + runId;
    }

    /** The task's image, else the python image of the environment's version ("3.11.4" → python:3.11-slim). */
    static String image(ConfinementRequest request) {
        if (request.sandbox().image() != null) {
            return request.sandbox().image();
        }
        return request.pythonVersion().map(version -> version.strip().split("\\."))
                .filter(parts -> parts.length >= 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+"))
                .map(parts -> "python:" + parts[0] + "." + parts[1] + "-slim").orElse("python:3-slim");
    }

    /**
     * The variables the run gets inside: its own, without the host's places, with OUTPUT_DIR, DATA_DIR and KUMO_PAYLOAD
     * pointing inside.
     */
    static List<String> environmentLines(ConfinementRequest request) {
        List<String> lines = new ArrayList<>();
        request.environment().forEach((name, value) -> {
            // an env file holds one variable a line: a value across lines cannot be passed this way
            if (!HOST_ONLY.contains(name) && !value.contains("\n") && !name.equals("OUTPUT_DIR") && !name.equals("DATA_DIR")
                    && !name.equals(BubblewrapArguments.PAYLOAD_VARIABLE)) {
                lines.add(name + "=" + value);
            }
        });
        lines.add("OUTPUT_DIR=" + OUTPUT);
        lines.add("DATA_DIR=" + OUTPUT);
        payload(request).ifPresent(payload -> lines.add(BubblewrapArguments.PAYLOAD_VARIABLE + "=" + PAYLOAD));
        return lines;
    }

    List<String> run(ConfinementRequest request, Path envFile, List<String> resolvedArgv) {
        List<String> args = new ArrayList<>(List.of(runtime.toString(), "run", "--name", containerName(request.runId()),
                "--init", "-i", "--label", "io.kumo.run=" + request.runId()));
        request.projectRoot().ifPresent(root -> args.addAll(volume(root, PROJECT, "ro")));
        args.addAll(volume(request.outputDir(), OUTPUT, "rw"));
        payload(request).ifPresent(payload -> args.addAll(volume(payload, PAYLOAD, "ro")));
        args.addAll(List.of("--env-file", envFile.toString(), "--workdir", workDir(request)));
        if (!request.sandbox().network()) {
            args.addAll(List.of("--network", "none"));
        }
        args.addAll(limitFlags(request.limits()));
        args.add(image(request));
        args.add(program(request, Path.of(resolvedArgv.getFirst())));
        resolvedArgv.subList(1, resolvedArgv.size()).forEach(arg -> args.add(inside(request, arg)));
        return List.copyOf(args);
    }

    static List<String> limitFlags(ResourceLimits limits) {
        List<String> flags = new ArrayList<>();
        if (limits.memoryBytes() != null) { // swap as large as memory: the limit holds, nothing spills to swap
            flags.addAll(List.of("--memory", limits.memoryBytes() + "b", "--memory-swap", limits.memoryBytes() + "b"));
        }
        if (limits.cpuPercent() != null) {
            flags.addAll(List.of("--cpus", BigDecimal.valueOf(limits.cpuPercent()).movePointLeft(2).stripTrailingZeros().toPlainString()));
        }
        if (limits.maxProcesses() != null) {
            flags.addAll(List.of("--pids-limit", limits.maxProcesses().toString()));
        }
        if (limits.maxOpenFiles() != null) {
            flags.addAll(List.of("--ulimit", "nofile=" + limits.maxOpenFiles() + ":" + limits.maxOpenFiles()));
        }
        if (limits.maxOutputBytes() != null) {
            flags.addAll(List.of("--ulimit", "fsize=" + limits.maxOutputBytes() + ":" + limits.maxOutputBytes()));
        }
        return flags;
    }

    /** The working directory inside: its place under /project or /output, else the project's (or output's) root. */
    static String workDir(ConfinementRequest request) {
        Optional<String> mapped = mapped(request, request.workDir());
        return mapped.orElse(request.projectRoot().isPresent() ? PROJECT : OUTPUT);
    }

    /**
     * The program inside: any Python interpreter (the environment's or the host's) is the image's {@code python}; a
     * file under the project or OUTPUT_DIR is its path there; a system program keeps its path.
     */
    static String program(ConfinementRequest request, Path program) {
        String name = program.getFileName().toString();
        if (name.matches("python(\\d+(\\.\\d+)?)?")) {
            return "python";
        }
        return mapped(request, program).orElse(program.toString());
    }

    /** An argument naming a file under the project or OUTPUT_DIR, as its path inside; any other argument as it is. */
    private static String inside(ConfinementRequest request, String arg) {
        if (!arg.startsWith("/")) {
            return arg;
        }
        return mapped(request, Path.of(arg)).orElse(arg);
    }

    private static Optional<String> mapped(ConfinementRequest request, Path path) {
        Path normal = path.toAbsolutePath().normalize();
        Path output = request.outputDir().toAbsolutePath().normalize();
        if (normal.startsWith(output)) { // first: an OUTPUT_DIR inside the project is writable only at /output
            return Optional.of(join(OUTPUT, output.relativize(normal)));
        }
        return request.projectRoot().map(root -> root.toAbsolutePath().normalize()).filter(normal::startsWith)
                .map(root -> join(PROJECT, root.relativize(normal)));
    }

    private static String join(String base, Path relative) {
        return relative.toString().isEmpty() ? base : base + "/" + relative.toString().replace('\\', '/');
    }

    private static Optional<Path> payload(ConfinementRequest request) {
        return Optional.ofNullable(request.environment().get(BubblewrapArguments.PAYLOAD_VARIABLE))
                .filter(path -> !path.isBlank()).map(Path::of);
    }

    /** Throws when a folder the container needs cannot be named in a volume flag. */
    static void checkMountable(ConfinementRequest request) {
        request.projectRoot().ifPresent(root -> volume(root, PROJECT, "ro"));
        volume(request.outputDir(), OUTPUT, "rw");
        payload(request).ifPresent(payload -> volume(payload, PAYLOAD, "ro"));
    }

    private static List<String> volume(Path source, String target, String mode) {
        String path = source.toAbsolutePath().normalize().toString();
        if (path.contains(":") || path.contains(",")) {
            throw new IllegalStateException("the folder " + path + " cannot be mounted in a container: its name holds ':' or ','");
        }
        return List.of("--volume", path + ":" + target + ":" + mode);
    }
}
