package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.isolation.LimitConfiner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A script that allocates 1 GB under a 200 MB limit fails with the limit named, and the next run of another task is fine. */
@Timeout(180)
class MemoryLimitTest {

    static final long MB = 1024L * 1024;
    static final String HOG = "python3 -c \"a = bytearray(1024 ** 3); print('allocated', len(a))\"";
    static final String CALM = "python3 -c \"print('calm')\"";
    static final ResourceLimits LIMIT_200M = new ResourceLimits(200 * MB, null, null, null, null);

    @TempDir
    Path dir;
    LimitedRuns kumo;

    @AfterEach
    void close() {
        if (kumo != null) {
            kumo.close();
        }
    }

    @Test
    void aGigabyteUnderTwoHundredMegabytesFailsNamingTheLimitWithTheBestMechanism() {
        LimitConfiner best = OsLimits.detect();
        kumo = new LimitedRuns(dir, best);

        Run hog = kumo.runToEnd(kumo.task("hog", HOG, LIMIT_200M));

        assertThat(hog.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(hog.getError()).startsWith("memory limit 200 MB exceeded");
        if (best.mechanism().startsWith("cgroup")) { // a cgroup measures the peak
            assertThat(hog.getError()).contains("(peak ");
            assertThat(hog.getPeakRss()).isGreaterThan(100 * MB).isLessThanOrEqualTo(200 * MB);
            assertThat(kumo.cgroupsOf(hog.getId())).as("the run's cgroups are removed").isEmpty();
        }
        assertThat(kumo.runToEnd(kumo.task("calm", CALM, LIMIT_200M)).getStatus()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aGigabyteUnderTwoHundredMegabytesFailsNamingTheLimitWithRlimits() {
        kumo = new LimitedRuns(dir, OsLimits.rlimits(LimitHost.current()));

        Run hog = kumo.runToEnd(kumo.task("hog", HOG, LIMIT_200M));

        assertThat(hog.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(hog.getError()).isEqualTo("memory limit 200 MB exceeded");
        assertThat(kumo.runToEnd(kumo.task("calm", CALM, LIMIT_200M)).getStatus()).isEqualTo(RunStatus.SUCCESS);
    }
}
