package io.kumo.archive;

import io.kumo.common.AppInfo;
import io.kumo.logs.CleanupReport;
import io.kumo.logs.Maintenance;
import io.kumo.logs.RunLogSource;
import io.kumo.logs.RunPruner;
import io.kumo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The run archive as window, CLI and API use it: archive now, list, restore, delete. One operation at a time, so the
 * hourly retention and a user's restore never write the same month's file together. Months are those of the clock's
 * zone. Blocks on disk and database: call off the FX thread.
 */
public final class RunArchives implements Maintenance.RunArchive {

    private final ArchiveFiles files;
    private final RunArchiver archiver;
    private final ArchiveCatalog catalog;
    private final ArchiveImport importer;
    private final ZoneId zone;

    public RunArchives(Database database, Path folder, RunLogSource logs, RunPruner pruner, Clock clock) {
        this.files = new ArchiveFiles(folder);
        this.zone = clock.getZone();
        this.archiver = new RunArchiver(database, new MonthWriter(database, files, logs, clock, AppInfo.load().version()),
                pruner, zone);
        this.catalog = new ArchiveCatalog(files);
        this.importer = new ArchiveImport(database, files);
    }

    public Path folder() {
        return files.folder();
    }

    public ZoneId zone() {
        return zone;
    }

    public synchronized ArchivePass archiveNow(Instant before) {
        return archiver.archiveEndedBefore(before);
    }

    @Override
    public synchronized CleanupReport archiveEndedBefore(Instant cutoff) {
        return archiver.archiveEndedBefore(cutoff).deleted();
    }

    @Override
    public synchronized CleanupReport archiveBeyondNewestPerTask(int kept) {
        return archiver.archiveBeyondNewestPerTask(kept).deleted();
    }

    public synchronized List<ArchiveEntry> list() {
        return catalog.list();
    }

    public synchronized RestoreReport restore(YearMonth month) {
        return importer.restore(month);
    }

    public synchronized void delete(YearMonth month) {
        catalog.delete(month);
    }

    /** The file a month's archive is (or would be) in. */
    public Path fileOf(YearMonth month) {
        return files.of(month);
    }
}
