package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Open files and output size are rlimits under every mechanism: a run past one fails with the limit named. */
@Timeout(120)
class FileLimitsTest {

    @TempDir
    Path dir;
    LimitedRuns kumo;

    @BeforeEach
    void open() {
        kumo = new LimitedRuns(dir, OsLimits.detect());
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void openingMoreFilesThanTheLimitFailsNamingIt() {
        Run run = kumo.runToEnd(kumo.task("hoarder", "python3 -c \"files = [open('/dev/null') for _ in range(200)]\"",
                new ResourceLimits(null, null, null, 32, null)));

        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getError()).isEqualTo("open files limit 32 reached");
    }

    @Test
    void writingPastTheOutputSizeFailsNamingItAndTheFileStopsAtTheLimit() throws Exception {
        Path big = dir.resolve("big.bin");
        Run run = kumo.runToEnd(kumo.task("writer", "python3 -c \"open('" + big + "', 'wb').write(b'x' * 5 * 1024 * 1024)\"",
                new ResourceLimits(null, null, null, null, 1024L * 1024)));

        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getError()).isEqualTo("output size limit 1 MB exceeded");
        assertThat(Files.size(big)).isLessThanOrEqualTo(1024L * 1024);
    }

    @Test
    void aRunWithinItsLimitsSucceedsAndItsLogNamesTheMechanism() throws Exception {
        Run run = kumo.runToEnd(kumo.task("modest", "python3 -c \"open('/dev/null').close(); print('fine')\"",
                new ResourceLimits(64L * 1024 * 1024, 50, 20, 64, 1024L * 1024)));

        assertThat(run.getStatus()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Files.readString(Path.of(run.getLogPath())))
                .contains("limits memory 64 MB, CPU 50%, 20 processes, 64 open files, output 1 MB through " + OsLimits.detect().mechanism());
    }
}
