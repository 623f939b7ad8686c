package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordWriterTest {

    @TempDir
    Path dir;

    private static Thread writerThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("kumo-run-records"))
                .filter(Thread::isAlive).findFirst().orElseThrow();
    }

    @Test
    void anIdleWriterWaitsForAChangeWithoutWakingOnATimer() throws Exception {
        try (KumoCore core = TestCores.open(dir); RunRecordWriter writer = new RunRecordWriter(new RunStore(core.database()), run -> { })) {
            Thread thread = writerThread();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (thread.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // until it waits for the first time
            }

            assertThat(thread.getState()).isEqualTo(Thread.State.WAITING); // a timed wait (TIMED_WAITING) wakes again by itself
        }
    }

    @Test
    void closingAnIdleWriterEndsItAndWhatWasQueuedBeforeIsWritten() throws Exception {
        try (KumoCore core = TestCores.open(dir)) {
            Task task = new Task("t", "true");
            task = core.tasks().create(task);
            RunStore store = new RunStore(core.database());
            Instant noon = Instant.parse("2026-05-04T12:00:00Z");
            Run run = store.recordFire(task, TriggerKind.MANUAL, noon, RunStatus.QUEUED, noon, null).orElseThrow();
            List<RunStatus> told = new CopyOnWriteArrayList<>();
            RunRecordWriter writer = new RunRecordWriter(store, changed -> told.add(changed.getStatus()));
            Thread thread = writerThread();
            run.setStatus(RunStatus.SUCCESS);
            writer.write(run);

            writer.close();

            assertThat(thread.isAlive()).isFalse();
            assertThat(store.find(run.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.SUCCESS);
            assertThat(told).containsExactly(RunStatus.SUCCESS);
        }
    }

    @Test
    void aWorkflowStepsEndIsWrittenAndToldWithoutWaitingOutTheGatherWindow() throws Exception {
        try (KumoCore core = TestCores.open(dir)) {
            Task task = core.tasks().create(new Task("t", "true"));
            RunStore store = new RunStore(core.database());
            Instant noon = Instant.parse("2026-05-04T12:00:00Z");
            Run step = store.recordFire(task, TriggerKind.MANUAL, noon, RunStatus.QUEUED, noon, null).orElseThrow();
            step.setWorkflowStep(7, "extract");
            BlockingQueue<RunStatus> told = new LinkedBlockingQueue<>();
            try (RunRecordWriter writer = new RunRecordWriter(store, changed -> told.add(changed.getStatus()), Duration.ofHours(1))) {
                step.setStatus(RunStatus.RUNNING);
                writer.write(step);
                step.setStatus(RunStatus.SUCCESS);
                writer.write(step);

                // within the hour-long window: the next step waits for this end
                assertThat(told.poll(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.RUNNING);
                assertThat(told.poll(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.SUCCESS);
                assertThat(store.find(step.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.SUCCESS);
            }
        }
    }
}
