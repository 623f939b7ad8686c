package io.kumo.python;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What interpreter discovery looks at: the OS, PATH, the home folder, the environment variables, and a way to ask
 * programs ({@code py -0p}, {@code reg query}) for their output. Tests build one over a temporary folder.
 */
public record DiscoveryContext(Os os, List<Path> pathEntries, Path home, Map<String, String> environment,
                               Function<List<String>, Optional<String>> commandOutput) {

    public enum Os { LINUX, MAC, WINDOWS }

    public static DiscoveryContext ofThisMachine(Map<String, String> environment, ToolRunner runner) {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Os os = name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
        String path = environment.getOrDefault(os == Os.WINDOWS ? "Path" : "PATH", environment.getOrDefault("PATH", ""));
        List<Path> entries = Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(DiscoveryContext::pathOrNull).filter(java.util.Objects::nonNull).toList();
        return new DiscoveryContext(os, entries, Path.of(System.getProperty("user.home")), environment,
                argv -> outputOf(runner, argv));
    }

    public boolean windows() {
        return os == Os.WINDOWS;
    }

    /** The first executable file named {@code program} (with {@code .exe} on Windows) in a PATH folder. */
    public Optional<Path> findOnPath(String program) {
        String name = windows() && !program.toLowerCase(Locale.ROOT).endsWith(".exe") ? program + ".exe" : program;
        return pathEntries.stream().map(dir -> dir.resolve(name))
                .filter(file -> java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.isExecutable(file))
                .findFirst();
    }

    /** The interpreter inside an installation or environment folder. */
    public Path pythonIn(Path prefix) {
        return windows() ? prefix.resolve("python.exe") : prefix.resolve("bin").resolve("python");
    }

    private static Optional<String> outputOf(ToolRunner runner, List<String> argv) {
        try {
            ToolResult result = runner.run(ToolRunner.Invocation.capturing(argv, Map.of(), java.time.Duration.ofSeconds(10)),
                    ToolOutput.discard(), Cancellation.none());
            return result.succeeded() ? Optional.of(result.stdout()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path pathOrNull(String entry) {
        try {
            return Path.of(entry);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
