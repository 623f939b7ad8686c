package io.kumo.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.config.OwnerOnly;
import io.kumo.logs.LogChunks;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts a month's archived runs back into {@code runs} with their original ids and every column as archived, and their
 * logs back at their {@code log_path} (and, on a shared database, as shipped pieces every node reads). Runs outlive
 * their task (no foreign key), so runs of deleted tasks come back too. The archive file stays as it is: the next
 * retention pass takes the runs away again (finding them archived already), so a restore is for a look.
 * Three streaming passes: check (digest, ids, slots), logs, rows; nothing is written when the check fails.
 */
public final class ArchiveImport {

    private static final int BATCH = 500;

    private final Database database;
    private final ArchiveFiles files;

    ArchiveImport(Database database, ArchiveFiles files) {
        this.database = database;
        this.files = files;
    }

    public RestoreReport restore(YearMonth month) {
        Path file = files.of(month);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No archive for " + month);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ArchiveManifest manifest = files.readManifest(zip);
            Plan plan = check(zip, manifest);
            int logs = restoreLogs(zip, plan.logPaths());
            insertRows(zip, plan.restorable());
            return new RestoreReport(month, plan.restorable().size(), logs, plan.idInUse(), plan.sameSlot());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the archive of " + month + " (" + file + "): " + e.getMessage(), e);
        }
    }

    private record Plan(Set<Long> restorable, Map<Long, String> logPaths, int idInUse, int sameSlot) {
    }

    private record Archived(long id, long taskId, long scheduledFor, String logPath) {
    }

    private Plan check(ZipFile zip, ArchiveManifest manifest) throws IOException {
        MessageDigest digest = sha256();
        Set<Long> restorable = new HashSet<>();
        Map<Long, String> logPaths = new HashMap<>();
        int[] skipped = new int[2];
        List<Archived> batch = new ArrayList<>();
        try (BufferedReader reader = runs(zip)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = files.mapper().readTree(line);
                batch.add(new Archived(row.get("id").asLong(), row.get("task_id").asLong(), row.get("scheduled_for").asLong(),
                        row.path("log_path").asText(null)));
                if (batch.size() == BATCH) {
                    sort(batch, restorable, logPaths, skipped);
                }
            }
        }
        sort(batch, restorable, logPaths, skipped);
        if (!HexFormat.of().formatHex(digest.digest()).equals(manifest.runsSha256())) {
            throw new IOException("the archive is damaged: its runs do not match the checksum in its manifest");
        }
        return new Plan(restorable, logPaths, skipped[0], skipped[1]);
    }

    /** Decides for each run of the batch: restorable, or skipped (id in use, or its task's slot taken). */
    private void sort(List<Archived> batch, Set<Long> restorable, Map<Long, String> logPaths, int[] skipped) {
        if (batch.isEmpty()) {
            return;
        }
        Set<Long> idsInUse = new HashSet<>();
        Set<String> slotsTaken = new HashSet<>();
        String ids = String.join(",", batch.stream().map(run -> Long.toString(run.id())).toList());
        String tasks = String.join(",", batch.stream().map(run -> Long.toString(run.taskId())).distinct().toList());
        long first = batch.stream().mapToLong(Archived::scheduledFor).min().orElseThrow();
        long last = batch.stream().mapToLong(Archived::scheduledFor).max().orElseThrow();
        StoreException.unchecked(() -> database.withConnection(connection -> {
            try (var statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT id FROM runs WHERE id IN (" + ids + ")")) {
                    while (rows.next()) {
                        idsInUse.add(rows.getLong(1));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT task_id, scheduled_for FROM runs WHERE task_id IN ("
                        + tasks + ") AND scheduled_for BETWEEN " + first + " AND " + last)) { // the (task, instant) key's index
                    while (rows.next()) {
                        slotsTaken.add(rows.getLong(1) + "@" + rows.getLong(2));
                    }
                }
            }
            return null;
        }));
        for (Archived run : batch) {
            if (idsInUse.contains(run.id())) {
                skipped[0]++;
            } else if (slotsTaken.contains(run.taskId() + "@" + run.scheduledFor())) {
                skipped[1]++;
            } else {
                restorable.add(run.id());
                if (run.logPath() != null) {
                    logPaths.put(run.id(), run.logPath());
                }
            }
        }
        batch.clear();
    }

    private int restoreLogs(ZipFile zip, Map<Long, String> logPaths) throws IOException {
        LogChunks chunks = database.shared() ? new LogChunks(database) : null;
        int restored = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long runId = ArchiveFiles.runIdOf(entry.getName());
            String logPath = logPaths.get(runId);
            if (logPath == null) {
                continue;
            }
            Path target = Path.of(logPath);
            OwnerOnly.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry); OutputStream out = OwnerOnly.newOutputStream(target,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
            if (chunks != null) {
                ship(chunks, runId, target);
            }
            restored++;
        }
        return restored;
    }

    /** The log as shipped pieces and the empty piece that marks it whole, so every node of the cluster reads it. */
    private static void ship(LogChunks chunks, long runId, Path log) throws IOException {
        chunks.deleteRuns(List.of(runId));
        List<LogChunks.Chunk> pieces = new ArrayList<>();
        long start = 0;
        try (InputStream in = Files.newInputStream(log)) {
            for (byte[] data = in.readNBytes(LogChunks.MAX_CHUNK); data.length > 0; data = in.readNBytes(LogChunks.MAX_CHUNK)) {
                pieces.add(new LogChunks.Chunk(start, data));
                start += data.length;
                if (pieces.size() == 16) {
                    chunks.insert(runId, pieces);
                    pieces = new ArrayList<>();
                }
            }
        }
        pieces.add(new LogChunks.Chunk(start, new byte[0]));
        chunks.insert(runId, pieces);
    }

    private void insertRows(ZipFile zip, Set<Long> restorable) throws IOException {
        Map<String, Integer> columns = StoreException.unchecked(() -> database.withConnection(RunRows::columns));
        String insert = RunRows.insertSql(columns);
        List<JsonNode> batch = new ArrayList<>();
        try (BufferedReader reader = runs(zip)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = files.mapper().readTree(line);
                if (restorable.contains(row.get("id").asLong())) {
                    batch.add(row);
                }
                if (batch.size() == BATCH) {
                    insert(insert, columns, batch);
                }
            }
        }
        insert(insert, columns, batch);
    }

    private void insert(String sql, Map<String, Integer> columns, List<JsonNode> batch) {
        if (batch.isEmpty()) {
            return;
        }
        database.inTransaction(() -> database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (JsonNode row : batch) {
                    RunRows.bind(insert, columns, row);
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        }));
        batch.clear();
    }

    private static BufferedReader runs(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveFiles.RUNS);
        if (entry == null) {
            throw new IOException("it has no " + ArchiveFiles.RUNS);
        }
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
