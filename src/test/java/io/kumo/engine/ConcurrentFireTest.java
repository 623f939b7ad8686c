package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.ProcessLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overlap check and the enqueue are one step: two fires of a busy-policy task at once never both pass. */
class ConcurrentFireTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final int ROUNDS = 40;

    @TempDir
    Path dir;
    final CountDownLatch released = new CountDownLatch(1);
    EngineFixture kumo;

    /** Holds every run in its preparation (a run going, as far as the overlap policy is concerned) until the end. */
    final class HeldLauncher implements ProcessLauncher {
        @Override
        public PreparedLaunch prepare(LaunchSpec spec) throws IOException {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("not started: the test is over");
        }
    }

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0, new HeldLauncher());
    }

    @AfterEach
    void close() {
        released.countDown();
        kumo.close();
    }

    @Test
    void twoSimultaneousFiresOfASkipTaskMakeOneRunAndOneSkipped() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Task task = kumo.intervalTask("tick-" + round, Duration.ofSeconds(1), "true");
            Trigger trigger = Triggers.of(task).orElseThrow();
            CyclicBarrier together = new CyclicBarrier(2);
            Thread first = Thread.ofPlatform().start(() -> fireAfter(together, task, trigger, T0.plusSeconds(1)));
            Thread second = Thread.ofPlatform().start(() -> fireAfter(together, task, trigger, T0.plusSeconds(2)));
            first.join();
            second.join();

            List<RunStatus> statuses = kumo.runsOf(task).stream().map(Run::getStatus).toList();
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(RunStatus.QUEUED, RunStatus.SKIPPED);
        }
    }

    private void fireAfter(CyclicBarrier together, Task task, Trigger trigger, Instant at) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        kumo.engine.fire(task, trigger, at);
    }
}
