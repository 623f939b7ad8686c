package io.kumo.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.config.OwnerOnly;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.logs.RunLogSource;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes one month's archive file: the old file's content (when there is one) plus the selected runs it does not
 * hold yet, into a temporary file that is synced and then moved over the old one, so a crash at any point leaves the
 * old file or the new one whole. Streams: rows a batch at a time, logs file by file; only run ids stay in memory.
 */
final class MonthWriter {

    private static final int BATCH = 500;

    /** The runs of the month the selection named: all of them are in the archive file now. */
    record Written(List<Long> archivedIds, int newlyWritten) {
    }

    /** A run written to runs.jsonl whose log goes in after it. */
    private record PendingLog(long id, String logPath, String node, String status) {
    }

    private final Database database;
    private final ArchiveFiles files;
    private final RunLogSource logs;
    private final Clock clock;
    private final String kumoVersion;
    private final RunRows rows;

    MonthWriter(Database database, ArchiveFiles files, RunLogSource logs, Clock clock, String kumoVersion) {
        this.database = database;
        this.files = files;
        this.logs = logs;
        this.clock = clock;
        this.kumoVersion = kumoVersion;
        this.rows = new RunRows(files.mapper());
    }

    /** @param where the runs of this month to archive (an SQL condition on {@code runs}) */
    Written write(YearMonth month, String where) throws IOException {
        OwnerOnly.createDirectories(files.folder());
        Path target = files.of(month);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        boolean hadFile = Files.isRegularFile(target);
        MonthStats stats = new MonthStats();
        Set<Long> alreadyArchived = new HashSet<>();
        List<Long> archivedIds = new ArrayList<>();
        List<PendingLog> pending = new ArrayList<>();
        try (ZipFile old = hadFile ? new ZipFile(target.toFile()) : null;
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(OwnerOnly.newOutputStream(temp,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16))) {
            Instant createdAt = old == null ? clock.instant() : files.readManifest(old).createdAt();
            zip.putNextEntry(new ZipEntry(ArchiveFiles.RUNS));
            if (old != null) {
                copyRuns(old, zip, stats, alreadyArchived);
            }
            appendRuns(where, zip, stats, alreadyArchived, archivedIds, pending);
            zip.closeEntry();
            if (old != null) {
                copyLogs(old, zip, stats);
            }
            for (PendingLog log : pending) {
                appendLog(log, zip, stats);
            }
            zip.putNextEntry(new ZipEntry(ArchiveFiles.MANIFEST));
            zip.write(stats.manifest(month, createdAt, kumoVersion).toJson(files.mapper()));
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (pending.isEmpty()) {
            Files.delete(temp); // nothing new: the file as it is (if any) holds them all
        } else {
            syncAndMove(temp, target);
        }
        return new Written(archivedIds, pending.size());
    }

    private void copyRuns(ZipFile old, OutputStream zip, MonthStats stats, Set<Long> ids) throws IOException {
        ZipEntry entry = old.getEntry(ArchiveFiles.RUNS);
        if (entry == null) {
            throw new IOException(old.getName() + " has no " + ArchiveFiles.RUNS);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(old.getInputStream(entry), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = files.mapper().readTree(line);
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                zip.write(bytes);
                ids.add(row.get("id").asLong());
                stats.run(bytes, row.path("scheduled_for").asLong(), row.path("task_name").asText(null));
            }
        }
    }

    /** The month's ids first (a long each), then their rows by primary key: no query ever sorts the month. */
    private void appendRuns(String where, OutputStream zip, MonthStats stats, Set<Long> alreadyArchived,
                            List<Long> archivedIds, List<PendingLog> pending) {
        List<String[]> ids = StoreException.unchecked(() -> database.runs()
                .queryRaw("SELECT id FROM runs WHERE " + where + " ORDER BY id").getResults());
        for (String[] id : ids) {
            archivedIds.add(Long.parseLong(id[0]));
        }
        List<Long> fresh = archivedIds.stream().filter(id -> !alreadyArchived.contains(id)).toList();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            String batch = String.join(",", fresh.subList(from, Math.min(fresh.size(), from + BATCH)).stream()
                    .map(String::valueOf).toList());
            StoreException.unchecked(() -> database.withConnection(connection -> {
                try (var select = connection.createStatement();
                     ResultSet result = select.executeQuery("SELECT * FROM runs WHERE id IN (" + batch + ") ORDER BY id")) {
                    while (result.next()) {
                        writeRun(result, zip, stats, pending);
                    }
                }
                return null;
            }));
        }
        alreadyArchived.addAll(fresh);
    }

    private void writeRun(ResultSet result, OutputStream zip, MonthStats stats, List<PendingLog> pending) throws java.sql.SQLException {
        ObjectNode row = rows.toJson(result);
        try {
            byte[] bytes = (files.mapper().writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
            zip.write(bytes);
            stats.run(bytes, row.path("scheduled_for").asLong(), row.path("task_name").asText(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        pending.add(new PendingLog(row.get("id").asLong(), row.path("log_path").asText(null), row.path("node").asText(null),
                row.path("status").asText(null)));
    }

    private void copyLogs(ZipFile old, ZipOutputStream zip, MonthStats stats) throws IOException {
        Enumeration<? extends ZipEntry> entries = old.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (ArchiveFiles.runIdOf(entry.getName()) < 0) {
                continue;
            }
            zip.putNextEntry(new ZipEntry(entry.getName()));
            try (InputStream in = old.getInputStream(entry)) {
                stats.log(in.transferTo(zip));
            }
            zip.closeEntry();
        }
    }

    private void appendLog(PendingLog pending, ZipOutputStream zip, MonthStats stats) throws IOException {
        if (pending.logPath() == null) {
            return;
        }
        Run run = new Run();
        run.setId(pending.id());
        run.setLogPath(pending.logPath());
        run.setNode(pending.node());
        run.setStatus(RunStatus.valueOf(pending.status()));
        Optional<Path> file = logs.file(run);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return; // deleted by log retention earlier: the row keeps its path, as it did in the database
        }
        zip.putNextEntry(new ZipEntry(ArchiveFiles.logEntry(pending.id())));
        try (InputStream in = Files.newInputStream(file.get())) {
            stats.log(in.transferTo(zip));
        }
        zip.closeEntry();
    }

    private static void syncAndMove(Path temp, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            folder.force(true); // the rename itself reaches the disk before the runs are deleted
        } catch (IOException e) {
            // not every file system syncs a folder; the file's own content is on disk
        }
    }
}
