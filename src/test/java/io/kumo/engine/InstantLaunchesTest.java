package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.supervisor.SupervisedProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs of one instant, split among launch workers: spawned together, supervised once all are spawned. */
class InstantLaunchesTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:30Z");
    static final Instant MINUTE = Instant.parse("2026-05-04T10:03:00Z");
    static final int TASKS = 6;

    @TempDir
    Path dir;
    EngineFixture kumo;
    final List<String> events = new CopyOnWriteArrayList<>();
    final AtomicLong slowRun = new AtomicLong(-1);
    final CountDownLatch supervised = new CountDownLatch(1);

    /**
     * Real processes; records each spawn and supervision in order. The spawn of {@link #slowRun} waits (up to 2 s) for a
     * supervision to begin: a worker that supervises while another one still spawns shows up as a supervision before
     * that spawn.
     */
    final class RecordingLauncher implements ProcessLauncher {
        private final OsProcessLauncher real = new OsProcessLauncher();

        @Override
        public PreparedLaunch prepare(LaunchSpec spec) throws IOException {
            long runId = Long.parseLong(spec.environment().get("KUMO_RUN_ID"));
            PreparedLaunch prepared = real.prepare(spec);
            return new PreparedLaunch() {
                @Override
                public SupervisedProcess start() throws IOException {
                    return spawn().supervise();
                }

                @Override
                public Spawned spawn() throws IOException {
                    if (runId == slowRun.get()) {
                        await(supervised);
                    }
                    Spawned spawned = prepared.spawn();
                    events.add("spawn " + runId);
                    return () -> {
                        events.add("supervise " + runId);
                        supervised.countDown();
                        return spawned.supervise();
                    };
                }

                @Override
                public void cancel() {
                    prepared.cancel();
                }
            };
        }
    }

    @BeforeEach
    void open() {
        kumo = new EngineFixture(dir, T0, new RecordingLauncher());
        kumo.core.settings().set(Settings.MAX_CONCURRENT_RUNS, TASKS);
    }

    @AfterEach
    void close() {
        kumo.close();
    }

    @Test
    void noRunOfAnInstantIsSupervisedBeforeEveryRunOfItIsSpawned() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            tasks.add(kumo.cronTask("burst-" + i, "* * * * *", "true"));
        }
        kumo.engine.prepare();

        kumo.tickAt(MINUTE.minus(FireScheduler.lead(TASKS))); // the fires are recorded: the last one spawns slowly
        slowRun.set(tasks.stream().flatMap(task -> kumo.runsOf(task).stream()).mapToLong(Run::getId).max().orElseThrow());
        kumo.tickAt(MINUTE);
        kumo.tickAt(MINUTE.plusMillis(500));

        for (Task task : tasks) {
            kumo.awaitStatus(task, RunStatus.SUCCESS);
        }
        assertThat(events).hasSize(2 * TASKS);
        assertThat(events.subList(0, TASKS)).as("in order: %s", events).allMatch(event -> event.startsWith("spawn "));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
