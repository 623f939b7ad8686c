package io.kumo.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LogDiskUsageTest {

    @TempDir
    Path dir;

    @Test
    void countsBytesAndFilesOfEveryTasksLogs() throws Exception {
        Path runLogs = dir.resolve("logs/runs");
        Files.createDirectories(runLogs.resolve("1"));
        Files.createDirectories(runLogs.resolve("2"));
        Files.writeString(runLogs.resolve("1/10.log"), "x".repeat(1000));
        Files.writeString(runLogs.resolve("1/11.log"), "y".repeat(24));
        Files.writeString(runLogs.resolve("2/12.log"), "");

        LogDiskUsage.Report usage = new LogDiskUsage(runLogs, FileSystemSpace.ofThisMachine()).measure();

        assertThat(usage.logBytes()).isEqualTo(1024);
        assertThat(usage.logFiles()).isEqualTo(3);
        assertThat(usage.totalBytes()).isPositive();
        assertThat(usage.usableBytes()).isBetween(0L, usage.totalBytes());
    }

    @Test
    void noLogsYetIsZeroAndStillReportsTheFileSystem() throws Exception {
        LogDiskUsage.Report usage = new LogDiskUsage(dir.resolve("logs/runs"), FileSystemSpace.ofThisMachine()).measure();

        assertThat(usage.logBytes()).isZero();
        assertThat(usage.logFiles()).isZero();
        assertThat(usage.totalBytes()).isPositive();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void freeInodesMatchWhatDfReports() throws Exception {
        Process df = new ProcessBuilder("df", "--output=itotal", dir.toString()).start();
        String[] lines = new String(df.getInputStream().readAllBytes()).strip().split("\n");
        long dfTotal = Long.parseLong(lines[lines.length - 1].strip());

        FileSystemSpace.Space space = FileSystemSpace.ofThisMachine().of(dir);

        if (dfTotal == 0) { // a file system without inode counts
            assertThat(space.totalInodes()).isEmpty();
            return;
        }
        assertThat(space.totalInodes()).hasValue(dfTotal);
        assertThat(space.freeInodes().orElseThrow()).isBetween(0L, dfTotal);
    }
}
