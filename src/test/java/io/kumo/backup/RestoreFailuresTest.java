package io.kumo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.NewerSchemaBackup;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore refuses what this Kumo cannot open, migrates what is older, and every way it can fail leaves the database
 * as it was and nothing of the restore behind.
 */
class RestoreFailuresTest {

    /** A schema version one past this build's newest migration. */
    private static final int NEXT_SCHEMA = Integer.parseInt(Migrations.newestVersion()) + 1;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @Test
    void aBackupMadeByANewerSchemaIsRefusedNowAndForTheNextStartAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path newer;
        try (KumoCore core = TestCores.open(data, clock)) {
            core.tasks().create(new Task("in-backup", "true"));
            newer = NewerSchemaBackup.of(core.backups().create().path(), NEXT_SCHEMA, dir.resolve("from-kumo-2.zip"));
            core.tasks().create(new Task("after-backup", "true"));
            assertThatThrownBy(() -> BackupRestorer.schedule(core.dataDirectory(), newer)).isInstanceOf(ValidationException.class)
                    .hasMessage("from-kumo-2.zip was made by a newer Kumo (schema version " + NEXT_SCHEMA
                            + "; this Kumo knows up to " + Migrations.newestVersion() + "): "
                            + "restore it with that Kumo or a later one; nothing was changed");
            assertThat(BackupRestorer.pendingFile(core.dataDirectory())).doesNotExist();
        }
        long backupsBefore = filesIn(data.resolve("backups"));

        assertThatThrownBy(() -> BackupRestorer.restoreNow(new DataDirectory(data), newer, clock))
                .isInstanceOf(ValidationException.class).hasMessageContaining("was made by a newer Kumo");

        assertNothingLeftIn(data);
        assertThat(filesIn(data.resolve("backups"))).isEqualTo(backupsBefore);
        try (KumoCore core = TestCores.open(data, clock)) {
            assertThat(core.tasks().list()).extracting(Task::getName).containsExactlyInAnyOrder("in-backup", "after-backup");
        }
    }

    @Test
    void aRestoreThatRunsOutOfDiskLeavesTheDatabaseAsItWasAndNoIncomingFolder() throws Exception {
        Path big = bigBackup(dir.resolve("source"));
        try (Tmpfs disk = Tmpfs.mount(dir.resolve("disk"), 20)) {
            Path data = disk.root().resolve("data");
            try (KumoCore core = TestCores.open(data, clock)) {
                core.tasks().create(new Task("keep-me", "true"));
            }
            Path room = Files.write(disk.root().resolve("room"), new byte[2 * 1024 * 1024]);
            disk.fill();
            Files.delete(room); // 2 MB free: the safety copy would fit, the backup's 8 MB database does not

            assertThatThrownBy(() -> BackupRestorer.restoreNow(new DataDirectory(data), big, clock))
                    .hasMessageStartingWith("The restore failed: ").hasMessageEndingWith("the database was not changed");

            assertNothingLeftIn(data);
            assertThat(filesIn(data.resolve("backups"))).isZero();
            disk.free();
            try (KumoCore core = TestCores.open(data, clock)) {
                assertThat(core.tasks().list()).extracting(Task::getName).containsExactly("keep-me");
            }
        }
    }

    @Test
    void whatARestoreCutOffByACrashLeftIsRemovedAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        try (KumoCore core = TestCores.open(data, clock)) {
            core.tasks().create(new Task("keep-me", "true"));
        }
        Path incoming = Files.createDirectories(data.resolve("db").resolve("restore.incoming"));
        Files.write(incoming.resolve("kumo.mv.db"), new byte[4096]); // the extraction was under way

        try (KumoCore core = TestCores.open(data, clock)) {
            assertThat(core.tasks().list()).extracting(Task::getName).containsExactly("keep-me");
        }
        assertNothingLeftIn(data);
    }

    @Test
    void aBackupMadeByAnOlderSchemaIsRestoredAndMigrated() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        new Migrations(Database.urlFor(old)).migrateTo("3"); // before the interpreters and mirrors tables
        Path backup = dir.resolve("kumo-v3.zip");
        try (Connection connection = DriverManager.getConnection(Database.urlFor(old), "kumo", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('engine.log_cap_mb', '77', 0)");
            sql.execute("BACKUP TO '" + backup + "'");
        }
        Path data = dir.resolve("data");
        try (KumoCore core = TestCores.open(data, clock)) {
            core.tasks().create(new Task("replaced", "true"));
        }

        BackupRestorer.restoreNow(new DataDirectory(data), backup, clock);

        try (KumoCore core = TestCores.open(data, clock)) {
            assertThat(core.settings().get(Settings.LOG_CAP_MB)).isEqualTo(77);
            assertThat(core.tasks().list()).isEmpty();
            assertThat(core.mirrors().list()).isEmpty(); // a table of a later schema, made by the migration
        }
        assertNothingLeftIn(data);
    }

    /** A backup whose database holds 8 MB that does not compress. */
    private Path bigBackup(Path data) throws Exception {
        try (KumoCore core = TestCores.open(data, clock)) {
            Random random = new Random(42);
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                noise.setLength(0);
                random.ints(100_000, 'a', 'z' + 1).forEach(c -> noise.append((char) c));
                String value = noise.toString();
                int row = i;
                StoreException.unchecked(() -> core.database().settings().executeRaw(
                        "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('noise." + row + "', '" + value + "', 0)"));
            }
            return core.backups().create().path();
        }
    }

    private static void assertNothingLeftIn(Path data) {
        assertThat(data.resolve("db").resolve("restore.incoming")).doesNotExist();
        assertThat(data.resolve("restore.pending")).doesNotExist();
    }

    private static long filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
