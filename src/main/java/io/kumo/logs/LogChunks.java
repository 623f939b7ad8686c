package io.kumo.logs;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The table {@code run_log_chunks}: run logs shipped to the shared database by the node that writes them, as pieces
 * keyed by their byte offset in the log. Plain SQL that H2 and PostgreSQL both take.
 */
public final class LogChunks {

    /** The largest piece one row holds. */
    public static final int MAX_CHUNK = 256 * 1024;
    /** Rows fetched by one query: a reader catching up on a large log takes it in steps of at most 4 MB. */
    static final int FETCH_ROWS = 16;
    private static final int DELETE_BATCH = 500;

    /** One shipped piece of a run's log; an empty one marks the end of a log shipped whole. */
    public record Chunk(long start, byte[] data) {
        public long end() {
            return start + data.length;
        }

        public boolean marksTheEnd() {
            return data.length == 0;
        }
    }

    private final Database database;

    public LogChunks(Database database) {
        this.database = database;
    }

    /** Where the shipped part of the run's log ends: 0 when nothing was shipped. */
    public long shippedEnd(long runId) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MAX(start_offset + OCTET_LENGTH(data)) FROM run_log_chunks WHERE run_id = ?")) {
                select.setLong(1, runId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        }));
    }

    /** Stores the pieces in one transaction: all of them or, on a failure, none. */
    public void insert(long runId, List<Chunk> chunks) {
        if (chunks.isEmpty()) {
            return;
        }
        database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO run_log_chunks (run_id, start_offset, data) VALUES (?, ?, ?)")) {
                for (Chunk chunk : chunks) {
                    insert.setLong(1, runId);
                    insert.setLong(2, chunk.start());
                    insert.setBytes(3, chunk.data());
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        }));
    }

    /** Marks the run's log shipped whole at {@code end} (an empty piece there): readers know nothing more comes. */
    public void markEnd(long runId, long end) {
        database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM run_log_chunks WHERE run_id = ? AND start_offset = ? AND OCTET_LENGTH(data) = 0");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO run_log_chunks (run_id, start_offset, data) VALUES (?, ?, ?)")) {
                delete.setLong(1, runId);
                delete.setLong(2, end);
                delete.executeUpdate(); // marked before (a tick whose acknowledgement was lost): once is enough
                insert.setLong(1, runId);
                insert.setLong(2, end);
                insert.setBytes(3, new byte[0]);
                return insert.executeUpdate();
            }
        }));
    }

    /** The run's pieces that begin at or after {@code from}, in order, a few at a time (at most about 4 MB). */
    public List<Chunk> from(long runId, long from) {
        return StoreException.unchecked(() -> database.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT start_offset, data FROM run_log_chunks "
                    + "WHERE run_id = ? AND start_offset >= ? ORDER BY start_offset LIMIT " + FETCH_ROWS)) {
                select.setLong(1, runId);
                select.setLong(2, from);
                List<Chunk> chunks = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chunks.add(new Chunk(rows.getLong(1), rows.getBytes(2)));
                    }
                }
                return chunks;
            }
        }));
    }

    /** Deletes every piece of the given runs; answers how many rows went. */
    public int deleteRuns(Collection<Long> runIds) {
        List<Long> ids = List.copyOf(runIds);
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += DELETE_BATCH) {
            String list = String.join(",", ids.subList(from, Math.min(ids.size(), from + DELETE_BATCH)).stream()
                    .map(String::valueOf).toList());
            deleted += StoreException.unchecked(() -> database.withConnection(connection -> {
                try (var statement = connection.createStatement()) {
                    return statement.executeUpdate("DELETE FROM run_log_chunks WHERE run_id IN (" + list + ")");
                }
            }));
        }
        return deleted;
    }
}
