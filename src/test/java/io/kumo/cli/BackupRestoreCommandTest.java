package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.store.Migrations;
import io.kumo.testkit.NewerSchemaBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreCommandTest {

    /** A schema version one past this build's newest migration. */
    private static final int NEXT_SCHEMA = Integer.parseInt(Migrations.newestVersion()) + 1;

    @TempDir
    Path dir;

    @Test
    void aBackupMadeByANewerKumoAnswersExitTwoWithOneLineAndChangesNothing() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        assertThat(cli.kumo("task", "add", "--name", "in-backup", "--every", "1d", "--command", "true")).isZero();
        assertThat(cli.kumo("backup", "create")).isZero();
        Path backup;
        try (var backups = Files.list(dir.resolve("data").resolve("backups"))) {
            backup = backups.findFirst().orElseThrow();
        }
        Path newer = NewerSchemaBackup.of(backup, NEXT_SCHEMA, dir.resolve("newer.zip"));
        assertThat(cli.kumo("task", "add", "--name", "after-backup", "--every", "1d", "--command", "true")).isZero();

        assertThat(cli.kumo("backup", "restore", newer.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: newer.zip was made by a newer Kumo (schema version " + NEXT_SCHEMA + "; this Kumo "
                + "knows up to " + Migrations.newestVersion() + "): restore it with that Kumo or a later one; nothing was changed");

        assertThat(cli.kumo("task", "list")).isZero();
        assertThat(cli.out()).contains("in-backup").contains("after-backup");
        try (var backups = Files.list(dir.resolve("data").resolve("backups"))) {
            assertThat(backups.count()).isEqualTo(1); // no safety copy was made
        }
    }
}
