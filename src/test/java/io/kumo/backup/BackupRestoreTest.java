package io.kumo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.settings.Settings;
import io.kumo.storage.StoreException;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    static final String SECRET = "db-password-that-must-stay-sealed";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @Test
    void backupThenRestoreRoundTripsEveryTableAndKeepsASafetyCopy() throws IOException {
        BackupFile backup;
        try (KumoCore core = TestCores.open(dir, clock)) {
            Task task = core.tasks().create(new Task("nightly", "python etl.py"));
            core.projects().create(new Project("etl", dir.resolve("etl").toString()));
            core.settings().set(Settings.LOG_CAP_MB, 77);
            core.variableService().set("DB_PASSWORD", SECRET, true, null);
            StoreException.unchecked(() -> core.database().runs().create(new Run(task, TriggerKind.CRON, TestCores.T0, RunStatus.SUCCESS)));
            core.mirrors().add("https://pypi.example/simple/", null, false);
            core.environments().create(new io.kumo.domain.PythonEnvironment("venv", io.kumo.domain.EnvironmentKind.VENV,
                    dir.resolve("venv/bin/python").toString(), io.kumo.domain.EnvironmentState.READY));
            backup = core.backups().create();
            assertThat(core.backups().list()).extracting(BackupFile::name).containsExactly(backup.name());

            core.tasks().create(new Task("added-later", "true"));
            core.tasks().delete(task.getId());
        }
        String backupName = backup.name();
        BackupSummary summary = BackupService.verify(backup.path());
        assertThat(summary.schemaVersion()).isEqualTo(io.kumo.store.Migrations.newestVersion());
        assertThat(summary.rows()).containsEntry("tasks", 1L).containsEntry("projects", 1L).containsEntry("runs", 1L)
                .containsEntry("env_variables", 1L).containsEntry("pypi_mirrors", 1L).containsEntry("python_envs", 1L)
                .containsKeys(BackupService.TABLES.toArray(String[]::new));
        assertThat(contains(backup.path(), SECRET)).isFalse();

        clock.advance(Duration.ofMinutes(5));
        BackupRestorer.Report report = BackupRestorer.restoreNow(new io.kumo.config.DataDirectory(dir), backup.path(), clock);
        assertThat(report.safetyBackup()).exists();

        try (KumoCore core = TestCores.open(dir, clock)) {
            assertThat(core.tasks().list()).extracting(Task::getName).containsExactly("nightly");
            assertThat(core.projects().list()).extracting(Project::getName).containsExactly("etl");
            assertThat(core.settings().get(Settings.LOG_CAP_MB)).isEqualTo(77);
            assertThat(core.variableService().reveal("DB_PASSWORD")).isEqualTo(SECRET);
            assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isEqualTo(1);
        }
        assertThat(BackupService.verify(report.safetyBackup()).rows()).containsEntry("tasks", 1L);
        // every table came back as it was in the backup (the restore's own audit entries aside)
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.backups().create();
        }
        java.util.Map<String, Long> after = new java.util.HashMap<>(BackupService.verify(
                new io.kumo.config.DataDirectory(dir).backups().resolve(
                        java.nio.file.Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString())
                                .filter(name -> !name.contains("before-restore") && !name.equals(backupName))
                                .findFirst().orElseThrow())).rows());
        java.util.Map<String, Long> before = new java.util.HashMap<>(summary.rows());
        assertThat(after.remove("audit_events")).isGreaterThanOrEqualTo(before.remove("audit_events"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void apiTokensAndTriggerUrlsComeBackWithARestoreAndStillWork() throws Exception {
        BackupFile backup;
        io.kumo.api.CreatedToken token;
        io.kumo.api.CreatedHook hook;
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            token = core.apiTokens().create("ci", io.kumo.api.ApiRole.OPERATOR, java.util.Optional.of(Duration.ofDays(30)));
            hook = core.hooks().create(io.kumo.api.HookTarget.Kind.TASK, "deploy");
            backup = core.backups().create();
            core.apiTokens().revoke("ci");
            core.hooks().remove(hook.hook().publicId());
            core.apiTokens().create("after-backup", io.kumo.api.ApiRole.VIEWER, java.util.Optional.empty());
        }
        assertThat(contains(backup.path(), token.secret())).isFalse();
        assertThat(contains(backup.path(), hook.secret())).isFalse();

        BackupRestorer.restoreNow(new io.kumo.config.DataDirectory(dir), backup.path(), clock);

        try (KumoCore core = TestCores.open(dir, clock)) {
            assertThat(core.apiTokens().list()).extracting(io.kumo.api.ApiToken::name).containsExactly("ci");
            assertThat(core.apiTokens().authenticate(token.secret())).map(io.kumo.api.ApiToken::role)
                    .contains(io.kumo.api.ApiRole.OPERATOR);
            assertThat(core.hooks().verify(hook.hook().publicId(), java.util.Optional.of(hook.secret()),
                    java.util.Optional.empty(), new byte[0]).target().name()).isEqualTo("deploy");
        }
    }

    @Test
    void aRunAfterRestoringAnOlderBackupLeavesTheLogsOfLaterRunsIntact() throws Exception {
        Clock realTime = Clock.systemUTC(); // real processes write the logs
        io.kumo.config.DataDirectory data = new io.kumo.config.DataDirectory(dir);
        BackupFile backup;
        Run later;
        try (KumoCore core = TestCores.open(dir, realTime)) {
            Task task = core.tasks().create(new Task("echo", "echo hello"));
            var engine = core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
            awaitEnd(engine, engine.runNow(task));
            backup = core.backups().create();
            // past the id block H2 reserves ahead (the backup holds the sequence's reserved end), then a real run
            recordMissedUntil(engine, task, 64);
            later = awaitEnd(engine, engine.runNow(task));
        }
        Path laterLog = Path.of(later.getLogPath());
        byte[] laterLogBytes = Files.readAllBytes(laterLog);

        BackupRestorer.restoreNow(data, backup.path(), realTime);

        try (KumoCore core = TestCores.open(dir, realTime)) {
            var engine = core.startEngine(new io.kumo.supervisor.OsProcessLauncher(), System.getenv());
            Task task = core.tasks().list().getFirst();
            recordMissedUntil(engine, task, later.getId() - 1); // the next run would take the later run's id
            Run after = awaitEnd(engine, engine.runNow(task));
            assertThat(after.getStatus()).as(after.getError()).isEqualTo(RunStatus.SUCCESS);
            assertThat(after.getId()).isGreaterThan(later.getId());
        }
        assertThat(Files.readAllBytes(laterLog)).isEqualTo(laterLogBytes);
    }

    /** Records MISSED fires (rows, no process, no log) until one has at least the given id. */
    private static void recordMissedUntil(io.kumo.engine.Engine engine, Task task, long id) {
        java.time.Instant at = java.time.Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            Run missed = engine.runs().recordFire(task, TriggerKind.CRON, at.plusSeconds(i + 1_000_000L * id), RunStatus.MISSED,
                    at, "missed").orElseThrow();
            if (missed.getId() >= id) {
                return;
            }
        }
        throw new AssertionError("no run id reached " + id);
    }

    private static Run awaitEnd(io.kumo.engine.Engine engine, Run run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Run current = engine.runs().find(run.getId()).orElseThrow();
            if (current.getStatus().isTerminal()) {
                return current;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + run.getId() + " did not end");
    }

    @Test
    void aCorruptBackupFailsCleanlyAndChangesNothing() throws IOException {
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.tasks().create(new Task("keep-me", "true"));
        }
        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "not a backup");
        assertThatThrownBy(() -> BackupRestorer.restoreNow(new io.kumo.config.DataDirectory(dir), garbage, clock))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("garbage.zip is not a readable Kumo backup");
        Path emptyZip = dir.resolve("empty.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(emptyZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
        }
        assertThatThrownBy(() -> BackupService.verify(emptyZip)).hasMessage("empty.zip is not a readable Kumo backup: it holds no kumo.mv.db");
        try (KumoCore core = TestCores.open(dir, clock)) {
            assertThat(core.tasks().list()).extracting(Task::getName).containsExactly("keep-me");
        }
        assertThat(dir.resolve("backups")).isEmptyDirectory();
    }

    @Test
    void aRestoreAskedForWhileRunningHappensAtTheNextStart() {
        Path backup;
        try (KumoCore core = TestCores.open(dir, clock)) {
            core.tasks().create(new Task("from-backup", "true"));
            backup = core.backups().create().path();
            core.tasks().create(new Task("after-backup", "true"));
            BackupRestorer.schedule(core.dataDirectory(), backup);
            assertThat(core.tasks().list()).hasSize(2);
        }
        try (KumoCore core = TestCores.open(dir, clock)) {
            assertThat(core.tasks().list()).extracting(Task::getName).containsExactly("from-backup");
            assertThat(BackupRestorer.pendingFile(core.dataDirectory())).doesNotExist();
        }
    }

    @Test
    void automaticBackupsAreMadeWhenDueAndOnlyTheNewestAreKept() {
        try (KumoCore core = TestCores.open(dir, Clock.systemUTC())) {
            BackupService backups = core.backups();
            assertThat(backups.backUpIfDue(Duration.ofHours(24), 2)).isTrue();
            assertThat(backups.backUpIfDue(Duration.ofHours(24), 2)).isFalse();
            assertThat(backups.backUpIfDue(Duration.ZERO, 2)).isTrue();
            assertThat(backups.backUpIfDue(Duration.ZERO, 2)).isTrue();
            assertThat(backups.list()).hasSize(2).allMatch(BackupFile::automatic);
        }
    }

    private static boolean contains(Path zip, String text) throws IOException {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            var entries = file.entries();
            byte[] needle = text.getBytes(StandardCharsets.UTF_8);
            while (entries.hasMoreElements()) {
                byte[] bytes = file.getInputStream(entries.nextElement()).readAllBytes();
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
