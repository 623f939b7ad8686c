package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's per-run writes (fire, claim, state changes), written with plain JDBC, read back as ORMLite reads them. */
class RunStoreHotPathTest {

    static final Instant AT = Instant.parse("2026-05-04T10:03:00Z");

    @TempDir
    Path dir;

    @Test
    void aClaimMarksTheRunClaimedWithoutWritingItsIndexedStartInstant() {
        try (KumoCore core = openCore(dir)) {
            RunStore store = new RunStore(core.database());
            Task task = core.tasks().create(new Task("report", "true"));
            Run run = store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT.minusSeconds(1), null).orElseThrow();

            store.claim(run, AT.minusMillis(40));

            Run stored = store.find(run.getId()).orElseThrow();
            assertThat(stored.getClaimedAt()).isEqualTo(AT.minusMillis(40));
            assertThat(stored.getStartedAt()).as("started_at is in four indexes: written once, with RUNNING").isNull();
            assertThat(run.getClaimedAt()).as("the claimed run in memory, which later updates write whole").isEqualTo(AT.minusMillis(40));
        }
    }

    @Test
    void aFireRecordReadsBackWithEveryFieldItWasWrittenWith() {
        try (KumoCore core = openCore(dir)) {
            RunStore store = new RunStore(core.database());
            Task task = core.tasks().create(new Task("report", "true"));

            Run recorded = store.recordFire(task, TriggerKind.INTERVAL, AT, RunStatus.QUEUED, AT.minusMillis(100), "a note").orElseThrow();
            Run missed = store.recordMissedGap(task, TriggerKind.CRON, AT.minusSeconds(600), AT.minusSeconds(60), 10, AT, "gap").orElseThrow();

            assertThat(recorded.getId()).isNotNull();
            assertThat(store.find(recorded.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(recorded);
            assertThat(store.find(missed.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(missed);
            assertThat(core.tasks().findById(task.getId()).orElseThrow().getLastFiredAt()).isEqualTo(AT);
        }
    }

    @Test
    void aFireAlreadyRecordedIsNotRecordedTwice() {
        try (KumoCore core = openCore(dir)) {
            RunStore store = new RunStore(core.database());
            Task task = core.tasks().create(new Task("report", "true"));
            store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT.minusMillis(100), null).orElseThrow();

            assertThat(store.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT, null)).isEmpty();
            // H2 answers "none recorded, record them one by one", PostgreSQL "these were recorded": none, either way
            assertThat(store.recordFires(List.of(new RunStore.Fire(task, TriggerKind.CRON, AT)), AT).orElse(List.of())).isEmpty();
            assertThat(store.latest(task.getId(), null, 10)).hasSize(1);
        }
    }

    @Test
    void aRunsStateChangesReadBackFieldForField() {
        try (KumoCore core = openCore(dir)) {
            RunStore store = new RunStore(core.database());
            Task task = core.tasks().create(new Task("report", "true"));
            Run first = store.recordFires(List.of(new RunStore.Fire(task, TriggerKind.CRON, AT)), AT.minusMillis(100)).orElseThrow().getFirst();
            Run second = store.recordFire(task, TriggerKind.CRON, AT.plusSeconds(60), RunStatus.QUEUED, AT, null).orElseThrow();
            store.claimAll(List.of(first, second), AT.minusMillis(1));
            first.setStatus(RunStatus.FAILED);
            first.setStartedAt(AT.plusMillis(2));
            first.setEndedAt(AT.plusSeconds(3));
            first.setPid(4242L);
            first.setExitCode(3);
            first.setPeakCpu(12.5);
            first.setPeakRss(1L << 33);
            first.setLogPath("/logs/report/1.log");
            first.setError("exit code 3");
            first.setSamples("0:1.0:2048");
            second.setStatus(RunStatus.RUNNING);
            second.setStartedAt(AT.plusSeconds(60));
            second.setPid(4243L);

            store.updateAll(List.of(first, second));

            assertThat(store.find(first.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(first);
            assertThat(store.find(second.getId()).orElseThrow()).usingRecursiveComparison().isEqualTo(second);
        }
    }

    /** The core under test, on H2; {@code PostgresRunStoreHotPathTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
