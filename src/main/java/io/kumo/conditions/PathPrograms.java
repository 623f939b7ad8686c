package io.kumo.conditions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs programs found on the PATH it is given; one that is not there is not started at all. */
public final class PathPrograms implements Programs {

    /** A probe prints a few lines; more is not read. */
    private static final int MAX_OUTPUT = 64 * 1024;

    private final List<Path> path;

    public PathPrograms(String pathVariable) {
        List<Path> dirs = new ArrayList<>();
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        this.path = List.copyOf(dirs);
    }

    public static PathPrograms fromEnvironment() {
        return new PathPrograms(System.getenv("PATH"));
    }

    public Optional<Path> find(String name) {
        for (Path dir : path) {
            for (String candidate : List.of(name, name + ".exe")) {
                Path file = dir.resolve(candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> output(List<String> command, Duration timeout) {
        Optional<Path> program = find(command.getFirst());
        if (program.isEmpty()) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>(command);
        argv.set(0, program.get().toString());
        Process process = null;
        try {
            process = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            Process started = process;
            // read while it runs: a program that fills its pipe would otherwise never exit
            var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(started.getInputStream()),
                    task -> Thread.ofVirtual().name("kumo-condition-probe").start(task));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
