package io.kumo.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import io.kumo.storage.StoreException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Writes every Kumo table of a database to one file: gzip of JSON lines, a header ({@link ExportHeader}) then one
 * line per row, {@code {"t":"tasks","r":{"id":1,...}}}. Rows stream from the database to the file (one row in memory
 * at a time), all read in one repeatable-read transaction: the file is one consistent state even while Kumo runs. The
 * file appears complete or not at all (written beside it, then moved into place).
 */
public final class DataExport {

    private static final int FETCH_SIZE = 1000;

    private final Clock clock;
    private final String kumoVersion;

    public DataExport(Clock clock, String kumoVersion) {
        this.clock = clock;
        this.kumoVersion = kumoVersion;
    }

    /**
     * What to leave out and how to name the key the secrets are sealed with.
     *
     * @param withoutLogs leave out the run logs shipped to the database ({@code run_log_chunks})
     * @param secretKey   the fingerprint of the exporting data directory's {@code secret.key}, when known
     */
    public record Options(boolean withoutLogs, Optional<String> secretKey) {
        public static final Options ALL = new Options(false, Optional.empty());
    }

    public TransferSummary export(Database database, Path file, Options options, TransferProgress progress) {
        List<KumoTables.Table> tables = KumoTables.EXPORTED.stream()
                .filter(table -> !(options.withoutLogs() && table.name().equals(KumoTables.LOG_CHUNKS)))
                .toList();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long[] sealed = new long[1];
        try {
            ExportHeader header = database.withConnection(connection -> inSnapshot(connection, () -> {
                ExportHeader written = header(connection, tables, options);
                sealed[0] = sealedRows(connection);
                write(connection, written, tables, partial, progress);
                return written;
            }));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new TransferSummary(header.tables(), Files.size(file), sealed[0], header);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database for the export: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void write(Connection connection, ExportHeader header, List<KumoTables.Table> tables, Path partial,
                              TransferProgress progress) throws SQLException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), 1 << 16);
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(new SerializedString("\n"));
            header.write(json);
            for (KumoTables.Table table : tables) {
                writeRows(connection, table, header.rows(table.name()), json, progress);
            }
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportHeader header(Connection connection, List<KumoTables.Table> tables, Options options) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> maxIds = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement()) {
            for (KumoTables.Table table : tables) {
                String query = "SELECT COUNT(*)" + (table.identity() ? ", MAX(id)" : "") + " FROM " + table.name();
                try (ResultSet result = sql.executeQuery(query)) {
                    result.next();
                    counts.put(table.name(), result.getLong(1));
                    if (table.identity()) {
                        maxIds.put(table.name(), result.getLong(2));
                    }
                }
            }
        }
        return new ExportHeader(ExportHeader.VERSION, Migrations.newestVersion(), kumoVersion, clock.millis(), counts,
                maxIds, options.secretKey());
    }

    /** Secret variables, channels (their URLs) and hook triggers (their signing secrets) are sealed. */
    private static long sealedRows(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT (SELECT COUNT(*) FROM env_variables WHERE secret)"
                     + " + (SELECT COUNT(*) FROM alert_channels) + (SELECT COUNT(*) FROM hook_triggers)")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void writeRows(Connection connection, KumoTables.Table table, long total, JsonGenerator json,
                                  TransferProgress progress) throws SQLException, IOException {
        try (Statement sql = connection.createStatement()) {
            sql.setFetchSize(FETCH_SIZE); // PostgreSQL streams with a cursor (in a transaction) instead of reading all
            try (ResultSet rows = sql.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                String[] names = new String[columns + 1];
                ColumnValues.Kind[] kinds = new ColumnValues.Kind[columns + 1];
                for (int column = 1; column <= columns; column++) {
                    names[column] = meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT);
                    kinds[column] = ColumnValues.Kind.of(meta.getColumnType(column));
                }
                long done = 0;
                while (rows.next()) {
                    json.writeStartObject();
                    json.writeStringField("t", table.name());
                    json.writeObjectFieldStart("r");
                    for (int column = 1; column <= columns; column++) {
                        json.writeFieldName(names[column]);
                        ColumnValues.write(json, rows, column, kinds[column]);
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                    progress.rows(table, ++done, total);
                }
            }
        }
    }

    /** Runs {@code work} in one read-only, repeatable-read transaction, and gives the connection back as it was. */
    private static <T> T inSnapshot(Connection connection, SnapshotWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run();
        } finally {
            connection.rollback(); // it only read
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    @FunctionalInterface
    private interface SnapshotWork<T> {
        T run() throws SQLException;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover .part file is only a partial export, never read as one
        }
    }
}
