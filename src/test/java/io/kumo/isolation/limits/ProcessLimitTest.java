package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.isolation.LimitConfiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fork bomb under a process limit of 30 never has more than 30 processes alive in its cgroup, and the timeout ends
 * it with nothing left over. The bomb is bounded whatever the limit does: 4 generations of 3 children, 121 processes.
 */
@Timeout(120)
class ProcessLimitTest {

    static final String BOMB = """
            import os, sys, time
            generation = 0
            for _ in range(4):
                children = 0
                for _ in range(3):
                    try:
                        pid = os.fork()
                    except OSError as e:
                        print('fork refused:', e, flush=True)
                        continue
                    if pid == 0:
                        generation += 1
                        break
                    children += 1
                else:
                    break
            time.sleep(60)
            """;

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
    void aForkBombIsContainedByTheProcessLimitAndEndedByTheTimeout() throws IOException {
        LimitConfiner best = OsLimits.detect();
        Assumptions.assumeTrue(best.mechanism().startsWith("cgroup"),
                "no cgroup here (" + best.mechanism() + "): rlimits count processes per user, not per run");
        kumo = new LimitedRuns(dir, best);
        Path bomb = Files.writeString(dir.resolve("bounded_bomb_" + ProcessHandle.current().pid() + ".py"), BOMB);
        Run run = kumo.start(kumo.task("bomb", "python3 " + bomb, new ResourceLimits(null, null, 30, null, null), 5));

        kumo.await(run, r -> r.getStatus() == RunStatus.RUNNING, "the bomb running");
        long mostAlive = 0;
        while (!(run = kumo.awaitAny(run)).getStatus().isTerminal()) {
            for (Path cgroup : kumo.cgroupsOf(run.getId())) {
                mostAlive = Math.max(mostAlive, CgroupFiles.number(cgroup.resolve("pids.current")).orElse(0));
            }
            LimitedRuns.pause(20);
        }

        assertThat(run.getStatus()).isEqualTo(RunStatus.TIMEOUT);
        assertThat(mostAlive).as("processes alive at once").isGreaterThan(1).isLessThanOrEqualTo(30);
        assertThat(Files.readString(Path.of(run.getLogPath()))).contains("fork refused");
        assertThat(processesRunning(bomb)).as("bomb processes left").isEmpty();
        assertThat(kumo.cgroupsOf(run.getId())).as("the run's cgroup is removed").isEmpty();
    }

    private static List<Long> processesRunning(Path script) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("cmdline")).contains(script.toString());
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> Long.parseLong(p.getFileName().toString())).toList();
        }
    }
}
