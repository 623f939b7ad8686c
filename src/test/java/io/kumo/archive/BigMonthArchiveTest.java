package io.kumo.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month of 50,000 runs (about 70 MB of rows) goes into its archive and comes back, a batch at a time. */
class BigMonthArchiveTest {

    static final int RUNS = 50_000;

    @TempDir
    Path dir;
    KumoCore core;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void fiftyThousandRunsOfOneMonthGoIntoOneFileAndComeBack() {
        Task task = core.tasks().create(new Task("every-minute", "python3 tick.py"));
        String samples = "[" + "[1000,12.5,1048576],".repeat(60) + "[0,0,0]]";
        long start = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli();
        core.database().inTransaction(() -> core.database().withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (task_id, task_name, trigger_kind, "
                    + "scheduled_for, ended_at, status, attempt, samples) VALUES (?, ?, 'CRON', ?, ?, 'SUCCESS', 1, ?)")) {
                for (int i = 0; i < RUNS; i++) {
                    insert.setLong(1, task.getId());
                    insert.setString(2, task.getName());
                    insert.setLong(3, start + i * 50_000L);
                    insert.setLong(4, start + i * 50_000L + 1_000);
                    insert.setString(5, samples);
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
            return null;
        }));

        ArchivePass pass = core.archives().archiveNow(Instant.parse("2025-11-01T00:00:00Z"));

        assertThat(pass.runsArchived()).isEqualTo(RUNS);
        assertThat(pass.months()).containsExactly(YearMonth.of(2025, 10));
        assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isZero();
        ArchiveEntry entry = core.archives().list().getFirst();
        assertThat(entry.runs()).isEqualTo(RUNS);
        assertThat(entry.manifest().runsBytes()).isGreaterThan(RUNS * (long) samples.length());

        RestoreReport restored = core.archives().restore(YearMonth.of(2025, 10));

        assertThat(restored.restored()).isEqualTo(RUNS);
        assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isEqualTo(RUNS);
    }
}
