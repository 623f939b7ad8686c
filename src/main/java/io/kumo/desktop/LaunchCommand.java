package io.kumo.desktop;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to start this Kumo again from outside (login items): the installed launcher when jpackage made one
 * ({@code jpackage.app-path}), else this JVM with the jar.
 */
public record LaunchCommand(List<String> argv) {

    public static LaunchCommand ofThisInstallation() {
        Optional<String> appPath = Optional.ofNullable(System.getProperty("jpackage.app-path")).filter(p -> !p.isBlank());
        if (appPath.isPresent()) {
            return new LaunchCommand(List.of(appPath.get()));
        }
        List<String> argv = new ArrayList<>();
        argv.add(ProcessHandle.current().info().command().orElse("java"));
        argv.add("--enable-native-access=ALL-UNNAMED");
        argv.add("-jar");
        argv.add(jarPath().toString());
        return new LaunchCommand(List.copyOf(argv));
    }

    public LaunchCommand with(String... arguments) {
        List<String> all = new ArrayList<>(argv);
        all.addAll(List.of(arguments));
        return new LaunchCommand(List.copyOf(all));
    }

    private static Path jarPath() {
        try {
            Path location = Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : location.resolveSibling("kumo.jar");
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("kumo.jar").toAbsolutePath();
        }
    }
}
