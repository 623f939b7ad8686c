package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fire recorded twice is found by the unique key's SQLState (23505), whatever the constraint is called. */
class DuplicateFireTest {

    static final Instant AT = Instant.parse("2026-05-04T10:05:00Z");

    @TempDir
    Path dir;
    KumoCore core;
    RunStore runs;
    Task task;

    @BeforeEach
    void open() {
        core = openCore(dir);
        runs = new RunStore(core.database());
        task = core.tasks().create(new Task("report", "true"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Optional<Run> recordFire() {
        return runs.recordFire(task, TriggerKind.CRON, AT, RunStatus.QUEUED, AT, null);
    }

    @Test
    void theSecondRecordOfOneFireIsRefusedQuietly() {
        assertThat(recordFire()).isPresent();

        assertThat(recordFire()).isEmpty();
        assertThat(runs.latest(task.getId(), null, 10)).hasSize(1);
    }

    @Test
    void aDuplicateIsRecognisedByItsSqlStateNotByTheConstraintName() {
        // as another database (or a later migration) may name it: the message no longer mentions uq_runs_task_scheduled
        StoreException.unchecked(() -> core.database().runs().executeRaw("ALTER TABLE runs DROP CONSTRAINT uq_runs_task_scheduled"));
        StoreException.unchecked(() -> core.database().runs().executeRaw(
                "CREATE UNIQUE INDEX one_fire_per_instant ON runs (task_id, scheduled_for)"));
        assertThat(recordFire()).isPresent();

        assertThat(recordFire()).isEmpty();
    }

    @Test
    void otherDatabaseErrorsStillFail() {
        Task nameless = new Task("x", "true");
        nameless.setId(task.getId());
        nameless.setName(null); // task_name is NOT NULL

        assertThatThrownBy(() -> runs.recordFire(nameless, TriggerKind.CRON, AT, RunStatus.QUEUED, AT, null))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void theUniqueViolationIsFoundAnywhereInTheCauseChain() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(RunStore.isUniqueViolation(new StoreException("Database error", new SQLException("wrapped", "HY000", unique)))).isTrue();
        assertThat(RunStore.isUniqueViolation(new StoreException("Database error", new SQLException("NOT NULL", "23502")))).isFalse();
        assertThat(RunStore.isUniqueViolation(new IllegalStateException("uq_runs_task_scheduled"))).isFalse();
    }

    /** The core under test, on H2; {@code PostgresDuplicateFireTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
