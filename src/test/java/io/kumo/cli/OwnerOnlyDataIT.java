package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.KumoProcess;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a separate process, without a logback override: Kumo's own log stays in the data directory,
 * and everything Kumo writes there is readable by its owner alone, an older, looser data directory included.
 */
@DisabledOnOs(OS.WINDOWS)
class OwnerOnlyDataIT {

    private static final Duration COMMAND = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private int kumo(Path tmp, Path data, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--data-dir", data.toString()));
        arguments.addAll(List.of(args));
        try (KumoProcess kumo = KumoProcess.startWithJvmOptions(temp, List.of("-Djava.io.tmpdir=" + tmp),
                arguments.toArray(String[]::new))) {
            return kumo.waitForExit(COMMAND);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }

    @Test
    void commandsWithoutAnInstanceLogOnlyInsideTheDataDirectory() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path data = temp.resolve("data");

        assertThat(kumo(tmp, data, "task", "list")).isZero();
        assertThat(kumo(tmp, data, "runs", "--status", "WEIRD")).isEqualTo(2);
        assertThat(kumo(tmp, data, "cron", "next", "@daily")).isZero();

        assertThat(tree(tmp)).containsExactly(tmp);
        assertThat(tree(temp)).allMatch(path -> path.startsWith(data) || path.equals(temp) || path.equals(tmp));
        Path log = data.resolve("logs/kumo.log");
        assertThat(Files.readString(log)).contains("Kumo core started on " + data);
        assertThat(mode(log)).isEqualTo("rw-------");
    }

    @Test
    void aHeadlessInstanceKeepsItsSocketLockDatabaseAndLogOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        try (KumoProcess kumo = KumoProcess.startWithJvmOptions(temp, List.of("-Djava.io.tmpdir=" + temp.resolve("tmp")),
                "--headless", "--data-dir", data.toString())) {
            assertThat(kumo.nextLine(COMMAND)).startsWith("Kumo running headless on " + data);
            assertThat(data.resolve("kumo.sock")).exists();
            for (Path path : tree(data)) {
                assertThat(mode(path)).as(path.toString()).isEqualTo(Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------");
            }
            kumo.signal("TERM");
            assertThat(kumo.waitForExit(COMMAND)).isZero();
        }
        assertThat(temp.resolve("tmp")).doesNotExist();
    }

    @Test
    void aLooseDataDirectoryIsRepairedAndWhatCommandsWriteIsOwnerOnly() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path data = temp.resolve("data");
        assertThat(kumo(tmp, data, "var", "set", "API_TOKEN", "tok-1", "--secret")).isZero();
        // as an older Kumo left it: umask 022 everywhere, a run log from the past, no record of a repair
        Files.createDirectories(data.resolve("logs/runs/3"));
        Files.writeString(data.resolve("logs/runs/3/9.log"), "old run\n");
        Files.delete(data.resolve(".owner-only"));
        for (Path path : tree(data)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }

        assertThat(kumo(tmp, data, "task", "add", "--name", "hello", "--every", "1d", "--command", "python3 -c \"print('hi')\"")).isZero();
        assertThat(kumo(tmp, data, "run", "hello")).isZero();
        assertThat(kumo(tmp, data, "backup", "create")).isZero();

        List<Path> written = tree(data);
        assertThat(written).anyMatch(path -> path.toString().endsWith(".zip")).anyMatch(path -> path.startsWith(data.resolve("output")))
                .anyMatch(path -> path.getFileName().toString().equals("1.log"));
        for (Path path : written) {
            assertThat(mode(path)).as(path.toString()).isEqualTo(Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------");
        }
    }
}
