package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.supervisor.RunConfinement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which limit ended a run, read from what a cgroup v1 run's files say (temp files standing in for the kernel's). */
class LimitVerdictsTest {

    static final ResourceLimits LIMITS = new ResourceLimits(200L << 20, null, 50, 64, 1L << 20);

    @TempDir
    Path root;
    Path memory;
    Path pids;
    RunConfinement confinement;

    @BeforeEach
    void makeRun() throws IOException {
        Files.createDirectories(root.resolve("memory"));
        Files.createDirectories(root.resolve("pids"));
        CgroupV1Run run = CgroupV1Run.create(Map.of("memory", root.resolve("memory"), "pids", root.resolve("pids")), "kumo-run-1-x", LIMITS);
        memory = root.resolve("memory/kumo-run-1-x");
        pids = root.resolve("pids/kumo-run-1-x");
        Files.writeString(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");
        Files.writeString(memory.resolve("memory.max_usage_in_bytes"), Long.toString(200L << 20));
        Files.writeString(pids.resolve("pids.events"), "max 0\n");
        confinement = new CgroupConfinement(RunConfinement.NONE, run, LIMITS, Path.of("/bin/sh"), "cgroup v1");
    }

    @Test
    void anOomKillNamesTheMemoryLimitWithThePeak() throws IOException {
        Files.writeString(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");

        assertThat(confinement.limitExceeded(137, null)).contains("memory limit 200 MB exceeded (peak 200 MB)");
        assertThat(confinement.peakMemoryBytes()).hasValue(200L << 20);
    }

    @Test
    void aRefusedForkInAFailedRunNamesTheProcessLimit() throws IOException {
        Files.writeString(pids.resolve("pids.events"), "max 3\n");

        assertThat(confinement.limitExceeded(1, "BlockingIOError: [Errno 11] Resource temporarily unavailable"))
                .contains("process limit 50 reached");
        assertThat(confinement.limitExceeded(0, null)).as("a run that coped with it succeeded").isEmpty();
    }

    @Test
    void aProgramKilledBySigxfszNamesTheOutputLimit() {
        assertThat(confinement.limitExceeded(153, null)).contains("output size limit 1 MB exceeded");
    }

    @Test
    void aFailureOfItsOwnNamesNoLimit() {
        assertThat(confinement.limitExceeded(1, "ValueError: bad input")).isEmpty();
    }
}
