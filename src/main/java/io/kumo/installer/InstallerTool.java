package io.kumo.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build steps of the installer profile, run with the build's JDK 25:
 * <ul>
 *   <li>{@code jar-times DIR EPOCH_SECONDS}: gives every jar below DIR the same modification time. The AOT cache
 *   records the jars' times and is ignored when they differ; jpackage's .deb does not keep them, so the package's
 *   post-install script sets the installed jars to this same time.</li>
 *   <li>{@code java-option CFG OPTION}: adds a JVM option to a jpackage launcher's {@code .cfg} (its
 *   {@code [JavaOptions]} section is the last one).</li>
 * </ul>
 */
public final class InstallerTool {

    private InstallerTool() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "jar-times" -> jarTimes(Path.of(args[1]), FileTime.fromMillis(Long.parseLong(args[2]) * 1000));
            case "java-option" -> javaOption(Path.of(args[1]), "java-options=" + args[2]);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void jarTimes(Path folder, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, time);
            }
        }
    }

    private static void javaOption(Path cfg, String option) throws IOException {
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        if (!lines.contains("[JavaOptions]")) {
            throw new IllegalStateException(cfg + " has no [JavaOptions] section");
        }
        if (!lines.contains(option)) {
            Files.writeString(cfg, option + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }
}
