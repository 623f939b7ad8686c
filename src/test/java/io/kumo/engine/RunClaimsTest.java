package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims made at the same moment go to the database together, and every one of them lands. */
class RunClaimsTest {

    static final Instant AT = Instant.parse("2026-05-04T10:03:00Z");

    @Test
    void runsClaimedFromManyThreadsAtOnceAreEachMarkedClaimed(@TempDir Path dir) throws Exception {
        try (KumoCore core = TestCores.open(dir)) {
            RunStore store = new RunStore(core.database());
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Task task = core.tasks().create(new Task("claimed-" + i, "true"));
                runs.add(store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow());
            }
            RunClaims claims = new RunClaims(store, Clock.fixed(AT.minusMillis(50), ZoneOffset.UTC));
            CyclicBarrier together = new CyclicBarrier(runs.size());
            List<Thread> threads = new ArrayList<>();
            for (Run run : runs) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    claims.claim(List.of(run));
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }

            for (Run run : runs) {
                assertThat(store.find(run.getId()).orElseThrow().getClaimedAt()).as("run %d", run.getId()).isEqualTo(AT.minusMillis(50));
            }
        }
    }

    @Test
    void claimingSeveralRunsAtOnceLeavesTheirOtherFieldsAsTheyWere(@TempDir Path dir) {
        try (KumoCore core = TestCores.open(dir)) {
            RunStore store = new RunStore(core.database());
            Task task = core.tasks().create(new Task("report", "true"));
            Run first = store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow();
            Run second = store.recordFire(task, TriggerKind.CRON, AT.plusSeconds(60), RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow();
            Run untouched = store.recordFire(task, TriggerKind.CRON, AT.plusSeconds(120), RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow();

            store.claimAll(List.of(first, second), AT);

            assertThat(store.find(first.getId()).orElseThrow()).satisfies(run -> {
                assertThat(run.getClaimedAt()).isEqualTo(AT);
                assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
                assertThat(run.getQueuedAt()).isEqualTo(AT.minusSeconds(1));
            });
            assertThat(store.find(second.getId()).orElseThrow().getClaimedAt()).isEqualTo(AT);
            assertThat(store.find(untouched.getId()).orElseThrow().getClaimedAt()).isNull();
        }
    }
}
