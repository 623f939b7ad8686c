package io.kumo.logs;

import io.kumo.domain.RunStatus;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes run log files, never run records: all logs of runs that ended before a cutoff, then the oldest logs until
 * the total fits a disk budget. Logs of runs still queued or running are never touched. A deleted log's run keeps
 * its record with no log path.
 */
public final class LogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(LogRetention.class);

    /** How long a local copy of another node's log is kept after it was last brought up to date. */
    public static final Duration REMOTE_COPY_DAYS = Duration.ofDays(7);

    private final Database database;
    private final Path runLogs;
    private final LogChunks chunks;
    private final RemoteLogCopies copies;

    public LogRetention(Database database, Path runLogs) {
        this(database, runLogs, null);
    }

    /** Also deletes a deleted log's shipped pieces and its local copies ({@code copies} may be null: none kept here). */
    public LogRetention(Database database, Path runLogs, RemoteLogCopies copies) {
        this.database = database;
        this.runLogs = runLogs;
        this.chunks = new LogChunks(database);
        this.copies = copies;
    }

    /** Deletes the local copies of other nodes' logs not brought up to date since the cutoff; answers how many. */
    public int deleteCopiesOlderThan(Instant cutoff) {
        return copies == null ? 0 : copies.deleteOlderThan(cutoff);
    }

    /** A log file on disk, with the run it belongs to (from its name, {@code <task>/<run id>.log}). */
    private record LogFile(Path path, long runId, long size, Instant modified) {
    }

    public CleanupReport deleteEndedBefore(Instant cutoff) {
        List<LogFile> old = logFiles().stream().filter(file -> file.modified().isBefore(cutoff)).toList();
        return delete(old);
    }

    public CleanupReport fitInto(long budgetBytes) {
        List<LogFile> files = new ArrayList<>(logFiles());
        long total = files.stream().mapToLong(LogFile::size).sum();
        files.sort(Comparator.comparing(LogFile::modified));
        List<LogFile> doomed = new ArrayList<>();
        for (LogFile file : files) {
            if (total <= budgetBytes) {
                break;
            }
            doomed.add(file);
            total -= file.size();
        }
        return delete(doomed);
    }

    /** Deletes the logs of the given runs (the Logs pane's "delete selected"). */
    public CleanupReport deleteLogsOf(List<Long> runIds) {
        Set<Long> wanted = new HashSet<>(runIds);
        return delete(logFiles().stream().filter(file -> wanted.contains(file.runId())).toList());
    }

    public long totalBytes() {
        return logFiles().stream().mapToLong(LogFile::size).sum();
    }

    private CleanupReport delete(List<LogFile> files) {
        Set<Long> active = activeRuns();
        int deleted = 0;
        long bytes = 0;
        List<Long> cleared = new ArrayList<>();
        for (LogFile file : files) {
            if (active.contains(file.runId())) {
                continue;
            }
            try {
                Files.deleteIfExists(file.path());
                deleted++;
                bytes += file.size();
                if (file.runId() > 0) {
                    cleared.add(file.runId());
                }
            } catch (IOException e) {
                LOG.warn("Cannot delete log {}", file.path(), e);
            }
        }
        clearLogPaths(cleared);
        chunks.deleteRuns(cleared);
        if (copies != null) {
            copies.delete(cleared);
        }
        return new CleanupReport(deleted, bytes, 0);
    }

    private void clearLogPaths(List<Long> runIds) {
        for (int from = 0; from < runIds.size(); from += 500) {
            List<Long> batch = runIds.subList(from, Math.min(runIds.size(), from + 500));
            StoreException.unchecked(() -> {
                var update = database.runs().updateBuilder();
                update.updateColumnValue("log_path", null).where().in("id", batch);
                return update.update();
            });
        }
    }

    private Set<Long> activeRuns() {
        return StoreException.unchecked(() -> {
            Set<Long> ids = new HashSet<>();
            database.runs().queryBuilder().selectColumns("id").where()
                    .in("status", RunStatus.QUEUED, RunStatus.RUNNING).query().forEach(run -> ids.add(run.getId()));
            return ids;
        });
    }

    private List<LogFile> logFiles() {
        if (!Files.isDirectory(runLogs)) {
            return List.of();
        }
        List<LogFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(runLogs, 2)) {
            walk.filter(path -> path.getFileName().toString().endsWith(".log")).forEach(path -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.add(new LogFile(path, runIdOf(path), attributes.size(), attributes.lastModifiedTime().toInstant()));
                    }
                } catch (IOException e) {
                    // deleted meanwhile
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot list run logs in {}", runLogs, e);
        }
        return files;
    }

    private static long runIdOf(Path path) {
        String name = path.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.length() - ".log".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
