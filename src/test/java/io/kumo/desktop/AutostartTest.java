package io.kumo.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {

    @TempDir
    Path home;
    final LaunchCommand launch = new LaunchCommand(List.of("/opt/Kumo Apps/bin/Kumo"));

    @Test
    void linuxWritesAnXdgAutostartEntryThatStartsMinimized() throws Exception {
        Autostart autostart = new Autostart(Autostart.Os.LINUX, home, Map.of(), argv -> 1);
        assertThat(autostart.isEnabled()).isFalse();
        autostart.enable(launch);

        Path entry = home.resolve(".config/autostart/kumo.desktop");
        assertThat(Files.readString(entry)).isEqualTo("""
                [Desktop Entry]
                Type=Application
                Name=Kumo
                Comment=Keeps your Python scripts on schedule
                Exec="/opt/Kumo Apps/bin/Kumo" --minimized
                Icon=kumo
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """);
        assertThat(autostart.isEnabled()).isTrue();
        autostart.disable();
        assertThat(entry).doesNotExist();

        Autostart xdg = new Autostart(Autostart.Os.LINUX, home, Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString()), argv -> 1);
        xdg.enable(new LaunchCommand(List.of("/usr/bin/java", "-jar", "/home/ana/$HOME/kumo.jar")));
        assertThat(Files.readString(home.resolve("cfg/autostart/kumo.desktop")))
                .contains("Exec=/usr/bin/java -jar \"/home/ana/\\$HOME/kumo.jar\" --minimized");
    }

    @Test
    void macWritesALaunchAgentThatRunsAtLoad() throws Exception {
        Autostart autostart = new Autostart(Autostart.Os.MAC, home, Map.of(), argv -> 1);
        autostart.enable(new LaunchCommand(List.of("/Applications/Kumo & Co.app/Contents/MacOS/Kumo")));
        String plist = Files.readString(home.resolve("Library/LaunchAgents/io.kumo.Kumo.plist"));
        assertThat(plist).contains("<string>io.kumo.Kumo</string>")
                .contains("<string>/Applications/Kumo &amp; Co.app/Contents/MacOS/Kumo</string>\n        <string>--minimized</string>")
                .contains("<key>RunAtLoad</key>\n    <true/>");
        assertThat(autostart.isEnabled()).isTrue();
    }

    @Test
    void windowsSetsTheRunRegistryValueThroughReg() {
        List<List<String>> calls = new ArrayList<>();
        Autostart autostart = new Autostart(Autostart.Os.WINDOWS, home, Map.of(), argv -> {
            calls.add(argv);
            return 0;
        });
        autostart.enable(new LaunchCommand(List.of("C:\\Program Files\\Kumo\\Kumo.exe")));
        autostart.disable();
        assertThat(autostart.isEnabled()).isTrue();
        assertThat(calls).containsExactly(
                List.of("reg", "add", Autostart.RUN_KEY, "/v", "Kumo", "/t", "REG_SZ", "/d",
                        "\"C:\\Program Files\\Kumo\\Kumo.exe\" --minimized", "/f"),
                List.of("reg", "delete", Autostart.RUN_KEY, "/v", "Kumo", "/f"),
                List.of("reg", "query", Autostart.RUN_KEY, "/v", "Kumo"));
    }
}
