package io.kumo.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Start at login through each OS's own mechanism, started minimized: an XDG autostart entry on Linux
 * ({@code ~/.config/autostart/kumo.desktop}), a LaunchAgent on macOS ({@code ~/Library/LaunchAgents/io.kumo.Kumo.plist}),
 * the {@code HKCU\...\Run} registry value on Windows (through {@code reg.exe}).
 */
public final class Autostart {

    public enum Os { LINUX, MAC, WINDOWS }

    static final String RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String MINIMIZED = "--minimized";

    private final Os os;
    private final Path home;
    private final Map<String, String> environment;
    /** Runs a command (reg.exe), returning its exit code. */
    private final Function<List<String>, Integer> commands;

    public Autostart(Os os, Path home, Map<String, String> environment, Function<List<String>, Integer> commands) {
        this.os = os;
        this.home = home;
        this.environment = environment;
        this.commands = commands;
    }

    public static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
    }

    public void enable(LaunchCommand launch) {
        LaunchCommand minimized = launch.with(MINIMIZED);
        switch (os) {
            case LINUX -> write(linuxEntry(), desktopEntry(minimized));
            case MAC -> write(macAgent(), launchAgent(minimized));
            case WINDOWS -> run(List.of("reg", "add", RUN_KEY, "/v", "Kumo", "/t", "REG_SZ", "/d", windowsCommand(minimized), "/f"));
        }
    }

    public void disable() {
        switch (os) {
            case LINUX -> delete(linuxEntry());
            case MAC -> delete(macAgent());
            case WINDOWS -> commands.apply(List.of("reg", "delete", RUN_KEY, "/v", "Kumo", "/f"));
        }
    }

    public boolean isEnabled() {
        return switch (os) {
            case LINUX -> Files.exists(linuxEntry());
            case MAC -> Files.exists(macAgent());
            case WINDOWS -> commands.apply(List.of("reg", "query", RUN_KEY, "/v", "Kumo")) == 0;
        };
    }

    Path linuxEntry() {
        Path config = Optional.ofNullable(environment.get("XDG_CONFIG_HOME")).filter(v -> !v.isBlank()).map(Path::of)
                .orElse(home.resolve(".config"));
        return config.resolve("autostart").resolve("kumo.desktop");
    }

    Path macAgent() {
        return home.resolve("Library").resolve("LaunchAgents").resolve("io.kumo.Kumo.plist");
    }

    /** A desktop entry (freedesktop.org Desktop Entry Specification; Exec quoting by its rules). */
    static String desktopEntry(LaunchCommand launch) {
        return String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=Kumo",
                "Comment=Keeps your Python scripts on schedule",
                "Exec=" + String.join(" ", launch.argv().stream().map(Autostart::execArgument).toList()),
                "Icon=kumo",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "");
    }

    static String launchAgent(LaunchCommand launch) {
        StringBuilder arguments = new StringBuilder();
        for (String argument : launch.argv()) {
            arguments.append("        <string>").append(xml(argument)).append("</string>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key>
                    <string>io.kumo.Kumo</string>
                    <key>ProgramArguments</key>
                    <array>
                """ + arguments + """
                    </array>
                    <key>RunAtLoad</key>
                    <true/>
                    <key>ProcessType</key>
                    <string>Interactive</string>
                </dict>
                </plist>
                """;
    }

    /** The Run value: each argument quoted the way Windows' command-line parser reads it back. */
    static String windowsCommand(LaunchCommand launch) {
        return String.join(" ", launch.argv().stream().map(argument ->
                argument.isEmpty() || argument.matches(".*[\\s\"].*") ? "\"" + argument.replace("\"", "\\\"") + "\"" : argument).toList());
    }

    private static String execArgument(String argument) {
        if (!argument.isEmpty() && argument.matches("[A-Za-z0-9_./:=,+@%-]+")) {
            return argument;
        }
        String escaped = argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$");
        return "\"" + escaped + "\"";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void run(List<String> command) {
        int code = commands.apply(command);
        if (code != 0) {
            throw new IllegalStateException("'" + String.join(" ", command.subList(0, 3)) + "' failed with exit code " + code);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
