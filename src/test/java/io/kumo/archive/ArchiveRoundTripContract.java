package io.kumo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive and restore on a real store, real log files and real archive files; run on H2 and on PostgreSQL. */
abstract class ArchiveRoundTripContract {

    static final YearMonth NOVEMBER = YearMonth.of(2025, 11);

    @TempDir
    Path dir;
    KumoCore core;
    ArchivedRuns runs;
    Task task;
    final MutableClock clock = new MutableClock(TestCores.T0);

    abstract KumoCore openCore(Path dataDir, Clock clock);

    @BeforeEach
    void open() {
        core = openCore(dir, clock);
        runs = new ArchivedRuns(core);
        task = core.tasks().create(new Task("nightly", "python3 job.py"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static Instant november(int day) {
        return NOVEMBER.atDay(day).atTime(3, 15).toInstant(java.time.ZoneOffset.UTC).plusMillis(day);
    }

    private Map<Long, byte[]> logsOf(List<Run> archived) throws Exception {
        Map<Long, byte[]> logs = new HashMap<>();
        for (Run run : archived) {
            if (run.getLogPath() != null) {
                logs.put(run.getId(), Files.readAllBytes(Path.of(run.getLogPath())));
            }
        }
        return logs;
    }

    @Test
    void archiveThenRestoreGivesEveryColumnAndEveryLogByteBack() throws Exception {
        List<Run> archived = new ArrayList<>();
        archived.add(runs.finished(task, november(2), RunStatus.SUCCESS, 70_000));
        archived.add(runs.finished(task, november(9), RunStatus.FAILED, 0));
        archived.add(runs.finished(task, november(16), RunStatus.TIMEOUT, -1));
        Run bare = new Run(task.getId(), task.getName(), TriggerKind.MANUAL, november(20), RunStatus.STOPPED);
        StoreException.unchecked(() -> core.database().runs().create(bare));
        archived.add(bare);
        Run recent = runs.finished(task, TestCores.T0.minusSeconds(60), RunStatus.SUCCESS, 10);
        List<ObjectNode> before = runs.rows(archived);
        Map<Long, byte[]> logs = logsOf(archived);

        ArchivePass pass = core.archives().archiveNow(Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(pass.runsArchived()).isEqualTo(4);
        assertThat(pass.months()).containsExactly(NOVEMBER);
        assertThat(pass.deleted().runsDeleted()).isEqualTo(4);
        assertThat(runs.rows(archived)).isEmpty();
        assertThat(runs.rows(List.of(recent))).hasSize(1);
        for (Run run : archived) {
            if (run.getLogPath() != null) {
                assertThat(Path.of(run.getLogPath())).doesNotExist();
            }
        }
        ArchiveEntry entry = core.archives().list().getFirst();
        assertThat(entry.month()).isEqualTo(NOVEMBER);
        assertThat(entry.runs()).isEqualTo(4);
        assertThat(entry.tasks()).containsExactly("nightly");
        assertThat(entry.firstScheduled()).isEqualTo(november(2));
        assertThat(entry.lastScheduled()).isEqualTo(november(20));
        assertThat(entry.file()).isEqualTo(core.dataDirectory().archive().resolve("runs-2025-11.kar"));
        assertThat(entry.manifest().logCount()).isEqualTo(2);
        assertThat(entry.manifest().logBytes()).isEqualTo(70_000);

        RestoreReport restored = core.archives().restore(NOVEMBER);

        assertThat(restored.restored()).isEqualTo(4);
        assertThat(restored.logsRestored()).isEqualTo(2);
        assertThat(runs.rows(archived)).isEqualTo(before);
        Map<Long, byte[]> after = logsOf(archived);
        assertThat(after).containsOnlyKeys(logs.keySet());
        logs.forEach((id, bytes) -> assertThat(after.get(id)).isEqualTo(bytes));
        Run back = core.runHistory().find(archived.getFirst().getId()).orElseThrow();
        assertThat(back.getScheduledFor()).isEqualTo(november(2));
    }

    @Test
    void aCrashBetweenWritingAndDeletingIsFinishedByTheNextPassWithoutDuplicates() throws Exception {
        List<Run> archived = List.of(runs.finished(task, november(3), RunStatus.SUCCESS, 500),
                runs.finished(task, november(4), RunStatus.FAILED, 600));
        List<ObjectNode> before = runs.rows(archived);
        RunArchiver archiver = archiverOf(core);

        ArchivePass crashed = archiver.writeOnlyEndedBefore(Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(crashed.runsArchived()).isEqualTo(2);
        assertThat(runs.rows(archived)).hasSize(2);
        ArchivePass next = core.archives().archiveNow(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(next.runsArchived()).isZero();
        assertThat(next.deleted().runsDeleted()).isEqualTo(2);
        assertThat(runs.rows(archived)).isEmpty();
        assertThat(core.archives().list().getFirst().runs()).isEqualTo(2);

        RestoreReport restored = core.archives().restore(NOVEMBER);

        assertThat(restored.restored()).isEqualTo(2);
        assertThat(runs.rows(archived)).isEqualTo(before);
    }

    @Test
    void aMonthArchivedAgainKeepsWhatItHadAndAddsTheNewRuns() throws Exception {
        Run early = runs.finished(task, november(2), RunStatus.SUCCESS, 300);
        byte[] earlyLog = Files.readAllBytes(Path.of(early.getLogPath()));
        core.archives().archiveNow(Instant.parse("2025-11-10T00:00:00Z"));
        Instant createdAt = core.archives().list().getFirst().createdAt();
        Run late = runs.finished(task, november(25), RunStatus.FAILED, 400);

        ArchivePass second = core.archives().archiveNow(Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(second.runsArchived()).isEqualTo(1);
        ArchiveEntry entry = core.archives().list().getFirst();
        assertThat(entry.runs()).isEqualTo(2);
        assertThat(entry.createdAt()).isEqualTo(createdAt);
        assertThat(entry.manifest().logCount()).isEqualTo(2);
        assertThat(core.archives().restore(NOVEMBER).restored()).isEqualTo(2);
        assertThat(Files.readAllBytes(Path.of(early.getLogPath()))).isEqualTo(earlyLog);
        assertThat(runs.rows(List.of(early, late))).hasSize(2);
    }

    @Test
    void restoringTwiceSkipsTheRunsAlreadyBackAndSaysWhy() throws Exception {
        runs.finished(task, november(5), RunStatus.SUCCESS, 10);
        core.archives().archiveNow(Instant.parse("2025-12-01T00:00:00Z"));
        core.archives().restore(NOVEMBER);

        RestoreReport again = core.archives().restore(NOVEMBER);

        assertThat(again.restored()).isZero();
        assertThat(again.skippedIdInUse()).isEqualTo(1);
        assertThat(again.summary()).contains("skipped 1 run already in the database");
    }

    @Test
    void runsOfADeletedTaskComeBackAsTheyWere() throws Exception {
        Task gone = core.tasks().create(new Task("gone", "python3 gone.py"));
        Run orphan = runs.finished(gone, november(6), RunStatus.SUCCESS, 20);
        List<ObjectNode> before = runs.rows(List.of(orphan));
        core.archives().archiveNow(Instant.parse("2025-12-01T00:00:00Z"));
        core.tasks().delete(gone.getId());

        RestoreReport restored = core.archives().restore(NOVEMBER);

        assertThat(restored.restored()).isEqualTo(1);
        assertThat(runs.rows(List.of(orphan))).isEqualTo(before);
    }

    @Test
    void aMonthWithoutArchiveIsAClearError() {
        assertThatThrownBy(() -> core.archives().restore(YearMonth.of(2020, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No archive for 2020-01");
        assertThatThrownBy(() -> core.archives().delete(YearMonth.of(2020, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No archive for 2020-01");
    }

    static RunArchiver archiverOf(KumoCore core) {
        ArchiveFiles files = new ArchiveFiles(core.dataDirectory().archive());
        return new RunArchiver(core.database(), new MonthWriter(core.database(), files, core.runLogs(), core.clock(), "test"),
                new io.kumo.logs.RunPruner(core.database(), core.dataDirectory().workflowOutputs()), core.clock().getZone());
    }
}
