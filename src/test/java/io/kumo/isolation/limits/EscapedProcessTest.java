package io.kumo.isolation.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.isolation.LimitConfiner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a limited run whose process left its tree (double fork, new session) leaves neither process nor cgroup. */
@Timeout(120)
class EscapedProcessTest {

    static final String ESCAPE = """
            import os, sys, time
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    with open(sys.argv[1] + '.tmp', 'w') as f:
                        f.write(str(os.getpid()))
                    os.rename(sys.argv[1] + '.tmp', sys.argv[1])
                    time.sleep(120)
                os._exit(0)
            time.sleep(120)
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
    void stoppingALimitedRunLeavesNeitherTheEscapedProcessNorItsCgroup() throws Exception {
        LimitConfiner best = OsLimits.detect();
        Assumptions.assumeTrue(best.mechanism().startsWith("cgroup v1") || best.mechanism().startsWith("cgroup v2 ("),
                "no cgroup of Kumo's own here (" + best.mechanism() + ")");
        kumo = new LimitedRuns(dir, best);
        Path script = Files.writeString(dir.resolve("escape.py"), ESCAPE);
        Path pidFile = dir.resolve("escaped.pid");
        Run run = kumo.start(kumo.task("escape", "python3 " + script + " " + pidFile, new ResourceLimits(null, null, 50, null, null)));
        kumo.await(run, r -> r.getStatus() == RunStatus.RUNNING, "the run running");
        while (!Files.exists(pidFile)) {
            LimitedRuns.pause(20);
        }
        long escaped = Long.parseLong(Files.readString(pidFile));
        assertThat(ProcessHandle.of(escaped).map(ProcessHandle::isAlive)).as("the escaped process before the stop").contains(true);

        kumo.engine.stopTask(run.getTaskId());
        Run stopped = kumo.awaitEnd(run);

        assertThat(stopped.getStatus()).isEqualTo(RunStatus.STOPPED);
        ProcessHandle.of(escaped).ifPresent(process -> process.onExit().join()); // a zombie until its new parent reaps it
        assertThat(ProcessHandle.of(escaped).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(kumo.cgroupsOf(run.getId())).isEmpty();
    }
}
