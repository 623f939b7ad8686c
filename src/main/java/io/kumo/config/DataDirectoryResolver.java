package io.kumo.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the data directory: an explicit {@code --data-dir}, else {@code KUMO_HOME}, else the OS convention
 * (Linux {@code $XDG_DATA_HOME/kumo} or {@code ~/.local/share/kumo}, macOS {@code ~/Library/Application Support/Kumo},
 * Windows {@code %APPDATA%\Kumo}).
 */
public final class DataDirectoryResolver {

    public static final String HOME_VARIABLE = "KUMO_HOME";

    private final Map<String, String> environment;
    private final String osName;
    private final Path userHome;

    public DataDirectoryResolver(Map<String, String> environment, String osName, Path userHome) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static DataDirectoryResolver forThisMachine() {
        return new DataDirectoryResolver(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public DataDirectory resolve(Optional<Path> explicit) {
        return new DataDirectory(explicit.orElseGet(this::defaultLocation));
    }

    private Path defaultLocation() {
        Optional<String> kumoHome = nonBlank(HOME_VARIABLE);
        if (kumoHome.isPresent()) {
            return Path.of(kumoHome.get());
        }
        if (osName.startsWith("windows")) {
            return nonBlank("APPDATA").map(Path::of).orElse(userHome.resolve("AppData").resolve("Roaming")).resolve("Kumo");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Kumo");
        }
        return nonBlank("XDG_DATA_HOME").map(Path::of).orElse(userHome.resolve(".local").resolve("share")).resolve("kumo");
    }

    private Optional<String> nonBlank(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
    }
}
