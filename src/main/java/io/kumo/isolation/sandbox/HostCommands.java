package io.kumo.isolation.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs of this machine as a sandbox sees them: found on PATH, and run to the end within a bound (a probe, a
 * {@code kill}, an {@code inspect}). Injected so tests can stand in for what this machine lacks.
 */
public interface HostCommands {

    /** What a finished command said; exit code -1 when it could not start or did not end in time. */
    record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** The program's absolute path: the first executable {@code name} on PATH, else the fallbacks given. */
    Optional<Path> find(String name, String... fallbacks);

    /** Runs {@code argv} to its end (stdout and stderr together), killing it after {@code timeout}. */
    Result run(List<String> argv, Duration timeout);

    /** This machine's PATH and processes. */
    static HostCommands system() {
        return new SystemCommands(System.getenv().getOrDefault("PATH", ""));
    }

    /** The real machine. */
    final class SystemCommands implements HostCommands {

        private final String path;

        SystemCommands(String path) {
            this.path = path;
        }

        @Override
        public Optional<Path> find(String name, String... fallbacks) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toAbsolutePath());
                }
            }
            for (String fallback : fallbacks) {
                if (Files.isExecutable(Path.of(fallback))) {
                    return Optional.of(Path.of(fallback));
                }
            }
            return Optional.empty();
        }

        @Override
        public Result run(List<String> argv, Duration timeout) {
            Path output = null;
            Process process = null;
            try {
                output = Files.createTempFile("kumo-command", ".out"); // a file, not a pipe: no output size can stall it
                process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")))
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, argv.getFirst() + " did not answer within " + timeout.toSeconds() + " s");
                }
                return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                return new Result(-1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                return new Result(-1, "interrupted");
            } finally {
                deleteQuietly(output);
            }
        }

        private static void deleteQuietly(Path file) {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file of a command's output: the system's temp cleaning takes it
                }
            }
        }
    }
}
