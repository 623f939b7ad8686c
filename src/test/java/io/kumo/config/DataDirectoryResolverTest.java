package io.kumo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryResolverTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHome() {
        var resolver = new DataDirectoryResolver(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);
        assertThat(resolver.resolve(Optional.empty()).root()).isEqualTo(Path.of("/data/xdg/kumo"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        var resolver = new DataDirectoryResolver(Map.of("XDG_DATA_HOME", " "), "Linux", HOME);
        assertThat(resolver.resolve(Optional.empty()).root()).isEqualTo(Path.of("/home/ada/.local/share/kumo"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        var resolver = new DataDirectoryResolver(Map.of(), "Mac OS X", HOME);
        assertThat(resolver.resolve(Optional.empty()).root()).isEqualTo(Path.of("/home/ada/Library/Application Support/Kumo"));
    }

    @Test
    void windowsUsesAppData() {
        var resolver = new DataDirectoryResolver(Map.of("APPDATA", "/users/ada/AppData/Roaming"), "Windows 11", HOME);
        assertThat(resolver.resolve(Optional.empty()).root()).isEqualTo(Path.of("/users/ada/AppData/Roaming/Kumo"));
    }

    @Test
    void kumoHomeOverridesTheConvention() {
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", "/srv/kumo", "XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);
        assertThat(resolver.resolve(Optional.empty()).root()).isEqualTo(Path.of("/srv/kumo"));
    }

    @Test
    void explicitDirectoryOverridesEverything() {
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", "/srv/kumo"), "Linux", HOME);
        assertThat(resolver.resolve(Optional.of(Path.of("/tmp/mine"))).root()).isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void layoutHoldsEveryFolderKumoNeeds(@org.junit.jupiter.api.io.TempDir Path temp) {
        DataDirectory directory = new DataDirectory(temp.resolve("kumo")).ensureLayout();
        assertThat(directory.database()).isDirectory();
        assertThat(directory.logs()).isDirectory();
        assertThat(directory.projects()).isDirectory();
        assertThat(directory.environments()).isDirectory();
        assertThat(directory.backups()).isDirectory();
        assertThat(directory.trash()).isDirectory();
    }
}
