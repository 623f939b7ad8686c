package io.kumo.logs;

import io.kumo.domain.RunStatus;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes old run records (and their logs) by their own rule: ended before a cutoff, and beyond the newest N of
 * each task. Only finished runs; in batches, so months of minute-by-minute runs never hold one huge transaction.
 * Asks the database to compact itself at the next close, which gives the freed space back to the disk.
 */
public final class RunPruner {

    private static final int BATCH = 1_000;
    private static final String FINISHED = java.util.Arrays.stream(RunStatus.values()).filter(RunStatus::isTerminal)
            .map(status -> "'" + status.name() + "'").collect(java.util.stream.Collectors.joining(","));

    private final Database database;

    public RunPruner(Database database) {
        this.database = database;
    }

    public CleanupReport deleteEndedBefore(Instant cutoff) {
        return deleteSelected("SELECT id, log_path FROM runs WHERE status IN (" + FINISHED + ") AND scheduled_for < "
                + cutoff.toEpochMilli() + " ORDER BY id LIMIT " + BATCH);
    }

    public CleanupReport keepNewestPerTask(int kept) {
        return deleteSelected("SELECT id, log_path FROM (SELECT id, log_path, ROW_NUMBER() OVER (PARTITION BY task_id "
                + "ORDER BY scheduled_for DESC, id DESC) AS newness FROM runs WHERE status IN (" + FINISHED + ")) "
                + "WHERE newness > " + kept + " ORDER BY id LIMIT " + BATCH);
    }

    private CleanupReport deleteSelected(String select) {
        CleanupReport total = new CleanupReport(0, 0, 0);
        while (true) {
            List<String[]> rows = StoreException.unchecked(() -> database.runs().queryRaw(select).getResults());
            if (rows.isEmpty()) {
                break;
            }
            total = total.plus(deleteRuns(rows));
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (total.runsDeleted() > 0) {
            database.compactOnClose();
        }
        return total;
    }

    private CleanupReport deleteRuns(List<String[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        int logs = 0;
        long bytes = 0;
        for (String[] row : rows) {
            ids.add(Long.parseLong(row[0]));
            if (row[1] != null) {
                Path log = Path.of(row[1]);
                try {
                    long size = Files.exists(log) ? Files.size(log) : 0;
                    if (Files.deleteIfExists(log)) {
                        logs++;
                        bytes += size;
                    }
                } catch (IOException e) {
                    // the record goes; an undeletable log is found by the data check
                }
            }
        }
        StoreException.unchecked(() -> database.runs().deleteIds(ids));
        return new CleanupReport(logs, bytes, ids.size());
    }
}
