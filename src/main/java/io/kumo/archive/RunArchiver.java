package io.kumo.archive;

import io.kumo.domain.RunStatus;
import io.kumo.logs.CleanupReport;
import io.kumo.logs.RunPruner;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves finished task runs (never a workflow's step attempts: they stay with their workflow run, which the pruner
 * handles) out of the database into one archive file per month of {@code scheduled_for} in the given zone. A month's
 * file is written and synced before its runs are deleted, so a crash between the two leaves runs that the next pass
 * finds in the file already (by id) and only deletes.
 */
public final class RunArchiver {

    private static final String FINISHED = Arrays.stream(RunStatus.values()).filter(RunStatus::isTerminal)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(","));
    private static final String FINISHED_TASK_RUNS = "workflow_run_id IS NULL AND status IN (" + FINISHED + ")";

    private final Database database;
    private final MonthWriter writer;
    private final RunPruner pruner;
    private final ZoneId zone;

    RunArchiver(Database database, MonthWriter writer, RunPruner pruner, ZoneId zone) {
        this.database = database;
        this.writer = writer;
        this.pruner = pruner;
        this.zone = zone;
    }

    /** The age rule: finished task runs scheduled before the cutoff. */
    public ArchivePass archiveEndedBefore(Instant cutoff) {
        return archive(endedBefore(cutoff), true);
    }

    /** The count rule: finished task runs beyond the newest {@code kept} of their task. */
    public ArchivePass archiveBeyondNewestPerTask(int kept) {
        return archive("id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY task_id ORDER BY scheduled_for DESC, "
                + "id DESC) AS newness FROM runs WHERE " + FINISHED_TASK_RUNS + ") AS ranked WHERE newness > " + kept + ")", true);
    }

    /** Writes the archive files and stops there: what a crash before the delete leaves behind. */
    ArchivePass writeOnlyEndedBefore(Instant cutoff) {
        return archive(endedBefore(cutoff), false);
    }

    private static String endedBefore(Instant cutoff) {
        return FINISHED_TASK_RUNS + " AND scheduled_for < " + cutoff.toEpochMilli();
    }

    private ArchivePass archive(String where, boolean delete) {
        List<String[]> range = StoreException.unchecked(() -> database.runs()
                .queryRaw("SELECT MIN(scheduled_for), MAX(scheduled_for) FROM runs WHERE " + where).getResults());
        if (range.isEmpty() || range.getFirst()[0] == null) {
            return new ArchivePass(0, List.of(), new CleanupReport(0, 0, 0));
        }
        YearMonth first = monthOf(Long.parseLong(range.getFirst()[0]));
        YearMonth last = monthOf(Long.parseLong(range.getFirst()[1]));
        int written = 0;
        List<YearMonth> months = new ArrayList<>();
        CleanupReport deleted = new CleanupReport(0, 0, 0);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            String inMonth = "(" + where + ") AND scheduled_for >= " + startOf(month) + " AND scheduled_for < " + startOf(month.plusMonths(1));
            if (!anyRun(inMonth)) {
                continue;
            }
            MonthWriter.Written done;
            try {
                done = writer.write(month, inMonth);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the archive of " + month + ": " + e.getMessage(), e);
            }
            written += done.newlyWritten();
            if (done.newlyWritten() > 0) {
                months.add(month);
            }
            if (delete) {
                deleted = deleted.plus(pruner.deleteTaskRuns(done.archivedIds()));
            }
        }
        return new ArchivePass(written, months, deleted);
    }

    private boolean anyRun(String where) {
        return !StoreException.unchecked(() -> database.runs().queryRaw("SELECT id FROM runs WHERE " + where + " LIMIT 1")
                .getResults()).isEmpty();
    }

    private YearMonth monthOf(long epochMillis) {
        return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    private long startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
