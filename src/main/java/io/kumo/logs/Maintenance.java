package io.kumo.logs;

import io.kumo.backup.BackupService;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the retention settings: logs older than the log retention, then logs beyond the disk budget, then run
 * records older than the run retention or beyond the per-task count, then other areas' lines kept as long as the run
 * records (the alert delivery log; {@value #DEFAULT_LINE_DAYS} days when run records are kept forever), and the
 * webhook request bodies runs read ({@value #PAYLOAD_DAYS} days at most, as long as the run records when they go sooner:
 * a body may hold personal data the run records do not). Runs on demand ("Clean up now") and, while the
 * engine runs, a minute after start and then every hour, which also makes the automatic backup when one is due.
 */
public final class Maintenance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    private static final long MEGABYTE = 1024L * 1024;
    /** How long lines tied to runs are kept when run records are kept forever (run retention 0). */
    public static final int DEFAULT_LINE_DAYS = 30;
    /** How long a webhook request's body (KUMO_PAYLOAD) is kept at most; its retries are due well within it. */
    public static final int PAYLOAD_DAYS = 30;

    /** Another area's lines that go with the run records: deletes those older than the cutoff, answers how many. */
    @FunctionalInterface
    public interface LinePruner {
        int deleteOlderThan(java.time.Instant cutoff);
    }

    /**
     * Writes the task runs a retention rule takes away into archive files, then deletes them (the archive package
     * implements it; a run it cannot archive stays). Throws when archiving fails: nothing is deleted unarchived then.
     */
    public interface RunArchive {
        CleanupReport archiveEndedBefore(java.time.Instant cutoff);

        CleanupReport archiveBeyondNewestPerTask(int kept);
    }

    private final SettingsService settings;
    private final RunArchive archive;
    private final LogRetention logs;
    private final RunPruner runs;
    private final BackupService backups;
    /** The skip of automatic backups on a shared database is logged once, not every hour. */
    private volatile boolean backupSkipLogged;
    private final LinePruner deliveries;
    private final LinePruner payloads;
    private final Clock clock;
    private ScheduledExecutorService timer;

    /**
     * @param deliveries deletes the alert delivery log's lines (those finished) older than a cutoff
     * @param payloads   deletes the webhook request bodies stored before a cutoff
     */
    public Maintenance(SettingsService settings, LogRetention logs, RunPruner runs, BackupService backups, LinePruner deliveries,
                       LinePruner payloads, Clock clock) {
        this(settings, logs, runs, backups, deliveries, payloads, clock, null);
    }

    /** @param archive archives runs before retention deletes them, when the setting asks for it (null: never) */
    public Maintenance(SettingsService settings, LogRetention logs, RunPruner runs, BackupService backups, LinePruner deliveries,
                       LinePruner payloads, Clock clock, RunArchive archive) {
        this.archive = archive;
        this.settings = settings;
        this.logs = logs;
        this.runs = runs;
        this.backups = backups;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.clock = clock;
    }

    /** The hourly round: an automatic backup when due, then the retention rules. */
    public void runScheduled() {
        int everyHours = settings.get(Settings.BACKUP_EVERY_HOURS);
        if (everyHours > 0 && !backups.available()) {
            if (!backupSkipLogged) {
                backupSkipLogged = true;
                LOG.info("No automatic backups: {}", BackupService.SHARED_DATABASE_REFUSAL);
            }
        } else if (everyHours > 0) {
            try {
                backups.backUpIfDue(Duration.ofHours(everyHours), settings.get(Settings.BACKUPS_KEPT));
            } catch (RuntimeException e) {
                LOG.warn("Automatic backup failed", e);
            }
        }
        runNow();
    }

    public LogRetention logs() {
        return logs;
    }

    public synchronized CleanupReport runNow() {
        CleanupReport report = new CleanupReport(0, 0, 0);
        int logDays = settings.get(Settings.LOG_RETENTION_DAYS);
        if (logDays > 0) {
            report = report.plus(logs.deleteEndedBefore(clock.instant().minus(Duration.ofDays(logDays))));
        }
        int budget = settings.get(Settings.LOG_BUDGET_MB);
        if (budget > 0) {
            report = report.plus(logs.fitInto(budget * MEGABYTE));
        }
        int runDays = settings.get(Settings.RUN_RETENTION_DAYS);
        if (runDays > 0) {
            java.time.Instant cutoff = clock.instant().minus(Duration.ofDays(runDays));
            if (archiving()) {
                report = report.plus(archive.archiveEndedBefore(cutoff)); // what is left: workflow runs
            }
            report = report.plus(runs.deleteEndedBefore(cutoff));
        }
        deleteCopiesBefore(clock.instant().minus(LogRetention.REMOTE_COPY_DAYS));
        deleteDeliveriesBefore(clock.instant().minus(Duration.ofDays(runDays > 0 ? runDays : DEFAULT_LINE_DAYS)));
        deletePayloadsBefore(clock.instant().minus(Duration.ofDays(runDays > 0 ? Math.min(runDays, PAYLOAD_DAYS) : PAYLOAD_DAYS)));
        int perTask = settings.get(Settings.RUNS_KEPT_PER_TASK);
        if (perTask > 0) {
            if (archiving()) {
                report = report.plus(archive.archiveBeyondNewestPerTask(perTask));
            }
            report = report.plus(runs.keepNewestPerTask(perTask));
        }
        if (report.logsDeleted() > 0 || report.runsDeleted() > 0) {
            LOG.info("Retention: {}", report.summary());
        }
        return report;
    }

    private boolean archiving() {
        return archive != null && settings.get(Settings.RUNS_ARCHIVE_INSTEAD_OF_DELETE);
    }

    private void deleteCopiesBefore(java.time.Instant cutoff) {
        try {
            int deleted = logs.deleteCopiesOlderThan(cutoff);
            if (deleted > 0) {
                LOG.info("Retention: deleted {} local cop{} of other nodes' run logs", deleted, deleted == 1 ? "y" : "ies");
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting old copies of other nodes' run logs failed", e);
        }
    }

    private void deleteDeliveriesBefore(java.time.Instant cutoff) {
        try {
            int deleted = deliveries.deleteOlderThan(cutoff);
            if (deleted > 0) {
                LOG.info("Retention: deleted {} alert delivery line{}", deleted, deleted == 1 ? "" : "s");
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting old alert delivery lines failed", e);
        }
    }

    private void deletePayloadsBefore(java.time.Instant cutoff) {
        try {
            int deleted = payloads.deleteOlderThan(cutoff);
            if (deleted > 0) {
                LOG.info("Retention: deleted {} webhook payload file{}", deleted, deleted == 1 ? "" : "s");
            }
        } catch (RuntimeException e) {
            LOG.warn("Deleting old webhook payload files failed", e);
        }
    }

    /** Runs a minute after the call, then every hour, on its own daemon thread. */
    public synchronized void schedule() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> Thread.ofPlatform().daemon()
                .name("kumo-maintenance").unstarted(runnable));
        timer.scheduleWithFixedDelay(() -> {
            try {
                runScheduled();
            } catch (RuntimeException e) {
                LOG.warn("Retention cleanup failed", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
