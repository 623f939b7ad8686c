package io.kumo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class DataDirectoryPermissionsTest {

    @TempDir
    Path temp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static void loosen(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    @Test
    void aNewLayoutIsOwnerOnly() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("data")).ensureLayout();
        try (Stream<Path> paths = Files.walk(data.root())) {
            assertThat(paths.toList()).hasSizeGreaterThan(5).allSatisfy(dir -> assertThat(mode(dir)).as(dir.toString()).isEqualTo("rwx------"));
        }
    }

    @Test
    void aLooseDataDirectoryIsTightenedAtOnceAtTheTopAndCompletelyByTheRepairWalk() throws Exception {
        DataDirectory data = new DataDirectory(temp.resolve("data")).ensureLayout();
        Files.createDirectories(data.runLogs().resolve("7"));
        Files.writeString(data.runLogs().resolve("7/12.log"), "old run\n");
        Files.writeString(data.database().resolve("kumo.mv.db"), "db");
        Files.writeString(data.root().resolve("window.properties"), "x=1");
        Path script = data.projects().resolve("etl/run.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\n");
        loosen(data.root());
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        data.ensureLayout();
        assertThat(mode(data.root())).isEqualTo("rwx------");
        assertThat(mode(data.runLogs())).isEqualTo("rwx------");
        assertThat(mode(data.root().resolve("window.properties"))).isEqualTo("rw-------");

        PermissionRepair.Result result = data.repairPermissionsOnce();
        assertThat(result.failed()).isZero();
        assertThat(mode(data.runLogs().resolve("7"))).isEqualTo("rwx------");
        assertThat(mode(data.runLogs().resolve("7/12.log"))).isEqualTo("rw-------");
        assertThat(mode(data.database().resolve("kumo.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(script)).isEqualTo("rwx------"); // the owner may still run it
        assertThat(data.repairPermissionsOnce().visited()).isZero(); // once: later starts skip the walk
    }

    @Test
    void theRepairNeitherFollowsNorChangesSymbolicLinks() throws Exception {
        Path outside = Files.writeString(temp.resolve("shared.txt"), "not Kumo's");
        Path outsideFolder = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(outsideFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        DataDirectory data = new DataDirectory(temp.resolve("data")).ensureLayout();
        Files.createSymbolicLink(data.projects().resolve("link"), outside);
        Files.createSymbolicLink(data.environments().resolve("python"), outsideFolder);

        data.ensureLayout();
        data.repairPermissionsOnce();

        assertThat(mode(outside)).isEqualTo("rw-r--r--");
        assertThat(mode(outsideFolder)).isEqualTo("rwxr-xr-x");
    }
}
