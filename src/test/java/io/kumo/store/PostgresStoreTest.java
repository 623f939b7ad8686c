package io.kumo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.backup.BackupService;
import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.RunQuery;
import io.kumo.engine.RunStore;
import io.kumo.settings.Settings;
import io.kumo.testkit.PostgresCores;
import io.kumo.testkit.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store does on a PostgreSQL database that two nodes share, beyond what the services' own tests run there. */
class PostgresStoreTest {

    static final Instant AT = Instant.parse("2026-05-04T10:05:00Z");
    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void twoNodesRecordingTheSameFiresRecordEachExactlyOnce() throws Exception {
        DatabaseTarget.Server shared = server.newDatabase();
        try (KumoCore one = PostgresCores.open(shared, dir.resolve("one"), Clock.systemUTC());
             KumoCore two = PostgresCores.open(shared, dir.resolve("two"), Clock.systemUTC());
             ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Task task = one.tasks().create(new Task("report", "true"));
            RunStore first = new RunStore(one.database());
            RunStore second = new RunStore(two.database());
            List<Future<Integer>> wins = new ArrayList<>();
            for (RunStore store : List.of(first, second)) {
                wins.add(threads.submit(recordEveryMinute(store, task, 50)));
            }
            int won = 0;
            for (Future<Integer> win : wins) {
                won += win.get();
            }

            assertThat(won).isEqualTo(50);
            assertThat(first.count(RunQuery.all())).isEqualTo(50);
            assertThat(second.latest(task.getId(), null, 100)).extracting(Run::getScheduledFor).doesNotHaveDuplicates();
            assertThat(two.tasks().findById(task.getId()).orElseThrow().getLastFiredAt()).isEqualTo(AT.plus(Duration.ofMinutes(49)));
        }
    }

    @Test
    void aThreadThatNestedATransactionGetsAFreshConnectionAfterTheServerDroppedItsConnections() throws Exception {
        DatabaseTarget.Server target = server.newDatabase();
        try (KumoCore core = PostgresCores.open(target, dir, Clock.systemUTC())) {
            Database database = core.database();
            database.inTransaction(() -> database.inTransaction(() -> database.settings().create(new io.kumo.domain.Setting("a", "1", AT))));

            try (java.sql.Connection admin = java.sql.DriverManager.getConnection(target.url(), target.user(), target.password());
                 java.sql.Statement statement = admin.createStatement()) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            }
            Thread.sleep(600); // past HikariCP's window in which a borrowed connection is handed out unchecked

            assertThat(database.inTransaction(() -> database.settings().idExists("a"))).isTrue();
        }
    }

    private static Callable<Integer> recordEveryMinute(RunStore store, Task task, int fires) {
        return () -> {
            int won = 0;
            for (int minute = 0; minute < fires; minute++) {
                Instant at = AT.plus(Duration.ofMinutes(minute));
                if (store.recordFire(task, TriggerKind.CRON, at, RunStatus.QUEUED, at, null).isPresent()) {
                    won++;
                }
            }
            return won;
        };
    }

    @Test
    void aBatchOfFiresWithOneAlreadyRecordedRecordsTheOthersAndTheDatabaseStaysUsable() {
        try (KumoCore core = PostgresCores.open(server, dir)) {
            RunStore runs = new RunStore(core.database());
            Task a = core.tasks().create(new Task("a", "true"));
            Task b = core.tasks().create(new Task("b", "true"));
            assertThat(runs.recordFire(b, TriggerKind.CRON, AT, RunStatus.QUEUED, AT, null)).isPresent();

            Optional<List<Run>> batch = runs.recordFires(List.of(new RunStore.Fire(a, TriggerKind.CRON, AT),
                    new RunStore.Fire(b, TriggerKind.CRON, AT)), AT);

            // the fire another node recorded first is left out without an error: the transaction stays good
            assertThat(batch.orElseThrow()).extracting(Run::getTaskId).containsExactly(a.getId());
            assertThat(runs.latest(a.getId(), null, 10)).hasSize(1);
            assertThat(runs.latest(b.getId(), null, 10)).hasSize(1);
            List<Run> recorded = runs.recordFires(List.of(new RunStore.Fire(a, TriggerKind.CRON, AT.plusSeconds(60)),
                    new RunStore.Fire(b, TriggerKind.CRON, AT.plusSeconds(60))), AT).orElseThrow();
            assertThat(recorded).extracting(Run::getId).doesNotContainNull().doesNotHaveDuplicates();
            runs.claimAll(recorded, AT.plusSeconds(1));
            recorded.forEach(run -> run.setStatus(RunStatus.SUCCESS));
            runs.updateAll(recorded);
            assertThat(runs.countByStatus(Set.of(RunStatus.SUCCESS, RunStatus.QUEUED)))
                    .containsEntry(RunStatus.SUCCESS, 2L).containsEntry(RunStatus.QUEUED, 2L);
            assertThat(runs.find(recorded.getFirst().getId()).orElseThrow().getClaimedAt()).isEqualTo(AT.plusSeconds(1));
            assertThat(runs.page(new RunQuery((Long) null, Set.of(RunStatus.SUCCESS), null, null), 1, 10)).hasSize(1);
        }
    }

    @Test
    void backupsAndRestoresAreRefusedWithOneLineAndTheHourlyRoundSkipsThem() throws Exception {
        try (KumoCore core = PostgresCores.open(server, dir)) {
            BackupService backups = core.backups();
            assertThat(backups.available()).isFalse();
            assertThatThrownBy(backups::create).isInstanceOf(ValidationException.class)
                    .hasMessage("backups of a PostgreSQL database are pg_dump's job: see README 'Cluster mode'");
            assertThatThrownBy(backups::requireAvailable).hasMessage(BackupService.SHARED_DATABASE_REFUSAL);

            core.settings().set(Settings.BACKUP_EVERY_HOURS, 1);
            core.maintenance().runScheduled();

            assertThat(backups.list()).isEmpty();
            assertThat(Files.exists(core.dataDirectory().backups()) ? Files.list(core.dataDirectory().backups()).count() : 0).isZero();
        }
    }

    @Test
    void writesNeedNoH2CheckpointAndStayAfterReopening() throws Exception {
        DatabaseTarget.Server target = server.newDatabase();
        try (Database database = Database.open(target, io.kumo.storage.StorageHealth.of(dir, Clock.systemUTC()))) {
            database.inTransaction(() -> database.settings().create(new io.kumo.domain.Setting("k", "v", AT)));
            Task task = new Task("t", "true");
            task.setCreatedAt(AT);
            task.setUpdatedAt(AT);
            database.inTransactionWithoutSync(() -> database.tasks().create(task));
            database.sync();
            database.compactOnClose();
        }
        try (Database database = Database.open(target, io.kumo.storage.StorageHealth.of(dir, Clock.systemUTC()))) {
            assertThat(database.settings().queryForId("k").getValue()).isEqualTo("v");
            assertThat(database.tasks().countOf()).isEqualTo(1);
        }
    }
}
