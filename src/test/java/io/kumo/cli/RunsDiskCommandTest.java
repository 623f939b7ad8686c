package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo runs --disk}: what run logs take and what their file system has left. */
class RunsDiskCommandTest {

    @TempDir
    Path dir;

    @Test
    void diskShowsLogBytesFilesAndFreeSpace() throws Exception {
        CliRun cli = new CliRun(dir);
        Path task = dir.resolve("logs/runs/1");
        Files.createDirectories(task);
        Files.writeString(task.resolve("5.log"), "x".repeat(300));
        Files.writeString(task.resolve("6.log"), "y".repeat(200));

        assertThat(cli.kumo("runs", "--disk")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Run logs:    500 bytes in 2 files\nFile system: ");

        assertThat(cli.kumo("runs", "--disk", "--json")).as(cli.err()).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("log_bytes").asLong()).isEqualTo(500);
        assertThat(json.get("log_files").asLong()).isEqualTo(2);
        assertThat(json.get("free_bytes").asLong()).isPositive();
        assertThat(json.has("free_inodes")).isTrue();
    }
}
