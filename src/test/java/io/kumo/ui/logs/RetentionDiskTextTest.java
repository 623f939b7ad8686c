package io.kumo.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.logs.LogDiskUsage;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RetentionDiskTextTest {

    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void namesTheFileCountAndWhatTheFileSystemHasLeft() {
        String text = RetentionViewModel.describe(new LogDiskUsage.Report(5000, 12_345, 3 * GB, 40 * GB,
                OptionalLong.of(1_234_567), OptionalLong.of(2_621_440)));

        assertThat(text).isEqualTo("12,345 log files (one inode each) · their file system: 3.0 GB free of 40 GB, "
                + "1,234,567 of 2,621,440 inodes free");
    }

    @Test
    void leavesInodesOutWhereThePlatformDoesNotReportThem() {
        String text = RetentionViewModel.describe(new LogDiskUsage.Report(0, 1, GB, 2 * GB, OptionalLong.empty(),
                OptionalLong.empty()));

        assertThat(text).startsWith("1 log file (one inode each)").doesNotContain("inodes");
    }
}
