package io.kumo.logs;

import io.kumo.common.FileTrees;
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
 * A workflow's step attempts go with their workflow run, never one by one (its history stays whole): the same rules
 * apply to finished workflow runs (the newest N of each workflow), which take their steps, their attempts' records
 * and logs and their output folder with them.
 * Asks the database to compact itself at the next close, which gives the freed space back to the disk.
 */
public final class RunPruner {

    private static final int BATCH = 1_000;
    private static final String FINISHED = java.util.Arrays.stream(RunStatus.values()).filter(RunStatus::isTerminal)
            .map(status -> "'" + status.name() + "'").collect(java.util.stream.Collectors.joining(","));

    private final Database database;
    private final Path workflowOutputs;
    private final LogChunks chunks;
    private final RemoteLogCopies copies;

    /** @param workflowOutputs the folder of the workflow runs' output folders ({@code <run id>} each) */
    public RunPruner(Database database, Path workflowOutputs) {
        this(database, workflowOutputs, null);
    }

    /** Also deletes the deleted runs' shipped log pieces and their local copies (cluster mode, {@code copies} may be null). */
    public RunPruner(Database database, Path workflowOutputs, RemoteLogCopies copies) {
        this.database = database;
        this.workflowOutputs = workflowOutputs;
        this.chunks = new LogChunks(database);
        this.copies = copies;
    }

    public CleanupReport deleteEndedBefore(Instant cutoff) {
        CleanupReport taskRuns = deleteSelected("SELECT id, log_path FROM runs WHERE workflow_run_id IS NULL AND status IN ("
                + FINISHED + ") AND scheduled_for < " + cutoff.toEpochMilli() + " ORDER BY id LIMIT " + BATCH);
        return taskRuns.plus(deleteWorkflowRuns("SELECT id FROM workflow_runs WHERE status IN (" + FINISHED
                + ") AND scheduled_for < " + cutoff.toEpochMilli() + " ORDER BY id LIMIT " + BATCH));
    }

    public CleanupReport keepNewestPerTask(int kept) {
        CleanupReport taskRuns = deleteSelected("SELECT id, log_path FROM (SELECT id, log_path, ROW_NUMBER() OVER "
                + "(PARTITION BY task_id ORDER BY scheduled_for DESC, id DESC) AS newness FROM runs WHERE "
                + "workflow_run_id IS NULL AND status IN (" + FINISHED + ")) AS ranked WHERE newness > " + kept + " ORDER BY id LIMIT " + BATCH);
        return taskRuns.plus(deleteWorkflowRuns("SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY workflow_id "
                + "ORDER BY scheduled_for DESC, id DESC) AS newness FROM workflow_runs WHERE status IN (" + FINISHED
                + ")) AS ranked WHERE newness > " + kept + " ORDER BY id LIMIT " + BATCH));
    }

    /**
     * Deletes the given task runs (never workflow step attempts) with their logs and shipped pieces, a batch at a time:
     * the archive's path once the runs are safely in an archive file.
     */
    public CleanupReport deleteTaskRuns(java.util.Collection<Long> runIds) {
        List<Long> ids = new ArrayList<>(runIds);
        CleanupReport total = new CleanupReport(0, 0, 0);
        for (int from = 0; from < ids.size(); from += BATCH) {
            String batch = String.join(",", ids.subList(from, Math.min(ids.size(), from + BATCH)).stream().map(String::valueOf).toList());
            List<String[]> rows = StoreException.unchecked(() -> database.runs().queryRaw(
                    "SELECT id, log_path FROM runs WHERE workflow_run_id IS NULL AND id IN (" + batch + ")").getResults());
            if (!rows.isEmpty()) {
                total = total.plus(deleteRuns(rows));
            }
        }
        if (total.runsDeleted() > 0) {
            database.compactOnClose();
        }
        return total;
    }

    /** The workflow runs {@code select} names, a batch at a time: their attempts (records, logs), steps and outputs. */
    private CleanupReport deleteWorkflowRuns(String select) {
        CleanupReport total = new CleanupReport(0, 0, 0);
        while (true) {
            List<String[]> rows = StoreException.unchecked(() -> database.runs().queryRaw(select).getResults());
            if (rows.isEmpty()) {
                break;
            }
            String ids = String.join(",", rows.stream().map(row -> Long.toString(Long.parseLong(row[0]))).toList());
            List<String[]> attempts = StoreException.unchecked(() -> database.runs()
                    .queryRaw("SELECT id, log_path FROM runs WHERE workflow_run_id IN (" + ids + ")").getResults());
            CleanupReport deleted = attempts.isEmpty() ? new CleanupReport(0, 0, 0) : deleteRuns(attempts);
            StoreException.unchecked(() -> database.withConnection(connection -> {
                try (var statement = connection.createStatement()) {
                    return statement.executeUpdate("DELETE FROM workflow_runs WHERE id IN (" + ids + ")"); // steps cascade
                }
            }));
            rows.forEach(row -> deleteOutputs(row[0]));
            total = total.plus(deleted).plus(new CleanupReport(0, 0, rows.size()));
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (total.runsDeleted() > 0) {
            database.compactOnClose();
        }
        return total;
    }

    private void deleteOutputs(String workflowRunId) {
        try {
            FileTrees.delete(workflowOutputs.resolve(workflowRunId));
        } catch (IOException e) {
            // the records go; a folder left behind holds a few small files
        }
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
        chunks.deleteRuns(ids);
        if (copies != null) {
            copies.delete(ids);
        }
        return new CleanupReport(logs, bytes, ids.size());
    }
}
