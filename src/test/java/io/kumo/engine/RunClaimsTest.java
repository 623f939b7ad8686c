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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Claims made at the same moment go to the database together, and every one of them lands. */
class RunClaimsTest {

    static final Instant AT = Instant.parse("2026-05-04T10:03:00Z");
    static final Duration AN_HOUR = Duration.ofHours(1);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunArrivingWhileAnEarlierOneGathersIsWrittenInTheSameClaim() throws Exception {
        List<List<Long>> writes = new CopyOnWriteArrayList<>();
        RunClaims claims = new RunClaims((runs, now) -> {
            writes.add(runs.stream().map(Run::getId).toList());
            return List.of();
        },
                Clock.fixed(AT, ZoneOffset.UTC), AN_HOUR);
        Thread gathering = Thread.ofPlatform().start(() -> claims.claim(List.of(run(1, AT.plus(AN_HOUR).plus(AN_HOUR)))));
        while (gathering.getState() != Thread.State.TIMED_WAITING) { // waiting for others, up to its gathering time
            Thread.onSpinWait();
        }

        claims.claim(List.of(run(2, AT))); // due now: the gathered claim is written at once, with this run in it
        gathering.join();

        assertThat(writes).containsExactly(List.of(1L, 2L));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunAlreadyDueIsClaimedWithoutWaitingForOthers() {
        List<List<Long>> writes = new CopyOnWriteArrayList<>();
        RunClaims claims = new RunClaims((runs, now) -> {
            writes.add(runs.stream().map(Run::getId).toList());
            return List.of();
        },
                Clock.fixed(AT, ZoneOffset.UTC), AN_HOUR);

        claims.claim(List.of(run(7, AT.minusSeconds(30)))); // waited for a concurrency slot: its instant is past

        assertThat(writes).containsExactly(List.of(7L));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailedWriteIsThrownToEveryRunOfItsClaim() throws Exception {
        RunClaims claims = new RunClaims((runs, now) -> {
            throw new IllegalStateException("disk full");
        }, Clock.fixed(AT, ZoneOffset.UTC), AN_HOUR);
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread gathering = Thread.ofPlatform().start(() -> {
            try {
                claims.claim(List.of(run(1, AT.plus(AN_HOUR).plus(AN_HOUR))));
            } catch (IllegalStateException e) {
                thrown.add(e);
            }
        });
        while (gathering.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }

        try {
            claims.claim(List.of(run(2, AT)));
        } catch (IllegalStateException e) {
            thrown.add(e);
        }
        gathering.join();

        assertThat(thrown).hasSize(2).allSatisfy(e -> assertThat(e).hasMessage("disk full"));
    }

    private static Run run(long id, Instant scheduledFor) {
        Run run = new Run(id, "task-" + id, TriggerKind.INTERVAL, scheduledFor, RunStatus.QUEUED);
        run.setId(id);
        return run;
    }

    @Test
    void runsClaimedFromManyThreadsAtOnceAreEachMarkedClaimed(@TempDir Path dir) throws Exception {
        try (KumoCore core = openCore(dir)) {
            RunStore store = new RunStore(core.database());
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Task task = core.tasks().create(new Task("claimed-" + i, "true"));
                runs.add(store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow());
            }
            RunClaims claims = new RunClaims(store::claimAll, Clock.fixed(AT.minusMillis(50), ZoneOffset.UTC), RunClaims.GATHER);
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
        try (KumoCore core = openCore(dir)) {
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

    /** The core under test, on H2; {@code PostgresRunClaimsTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
