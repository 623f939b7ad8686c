package io.kumo.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.common.ValidationException;
import io.kumo.store.Database;
import io.kumo.store.Migrations;
import io.kumo.store.SqlDialect;
import io.kumo.storage.StoreException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads an export ({@link DataExport}) into an empty database at the same schema version, keeping every id.
 *
 * <p>All or nothing: every row goes in in one transaction, committed only once the whole file has been read, its gzip
 * trailer checked and its row counts matched against the header; a damaged or truncated file rolls it back. Before
 * that transaction the id counters are moved past the header's highest ids: on an empty database this writes no row
 * (H2's {@code ALTER TABLE} would commit an open transaction, which is why it comes first), and a failed import leaves
 * the database as empty as it was, ready for another try.
 */
public final class DataImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TransferSummary importFile(Database database, Path file, TransferProgress progress) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("No file at " + file);
        }
        try (ExportReader reader = ExportReader.open(file, name)) {
            ExportHeader header = reader.header();
            requireSchema(header, name);
            database.withConnection(connection -> {
                TargetContents.requireEmpty(connection);
                for (KumoTables.Table table : KumoTables.EXPORTED) {
                    if (table.identity()) {
                        IdentityCounters.moveAfter(connection, database.dialect(), table.name(),
                                header.maxIds().getOrDefault(table.name(), 0L));
                    }
                }
                return null;
            });
            Rows rows = database.inTransaction(() -> database.withConnection(connection ->
                    insertAll(connection, database.dialect(), reader, header, name, progress)));
            return new TransferSummary(rows.counts(), Files.size(file), rows.sealed(), header);
        } catch (SQLException e) {
            throw new StoreException("Cannot import " + name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireSchema(ExportHeader header, String name) {
        String ours = Migrations.newestVersion();
        if (!ours.equals(header.schema())) {
            throw new ValidationException(name + " holds a Kumo database of schema version " + header.schema()
                    + " (written by Kumo " + header.kumo() + "), this Kumo's schema version is " + ours
                    + ": import it with the Kumo version that wrote it (" + header.kumo() + "); nothing was imported");
        }
    }

    private record Rows(Map<String, Long> counts, long sealed) {
    }

    private static Rows insertAll(Connection connection, SqlDialect dialect, ExportReader reader, ExportHeader header,
                                  String name, TransferProgress progress) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long sealed = 0;
        TableInsert current = null;
        try {
            JsonNode line;
            while ((line = reader.next()) != null) {
                String where = name + " line " + reader.lineNumber();
                KumoTables.Table table = tableOf(line, where);
                JsonNode row = line.get("r");
                if (current == null || !current.table().equals(table)) {
                    if (current != null) {
                        current.flush();
                        current.close();
                    }
                    current = new TableInsert(connection, dialect, table);
                }
                requireIdWithinHeader(table, row, header, where);
                current.add(row, where);
                long done = counts.merge(table.name(), 1L, Long::sum);
                if (sealedRow(table, row)) {
                    sealed++;
                }
                progress.rows(table, done, header.rows(table.name()));
            }
            if (current != null) {
                current.flush();
            }
        } finally {
            if (current != null) {
                current.close();
            }
        }
        for (KumoTables.Table table : KumoTables.EXPORTED) {
            long announced = header.rows(table.name());
            long found = counts.getOrDefault(table.name(), 0L);
            if (announced != found) {
                throw new ValidationException(name + " is incomplete: its header announces " + table.count(announced)
                        + ", it holds " + found + "; nothing was imported");
            }
        }
        return new Rows(counts, sealed);
    }

    private static KumoTables.Table tableOf(JsonNode line, String where) {
        JsonNode table = line.get("t");
        if (!line.isObject() || table == null || !table.isTextual() || !line.path("r").isObject()) {
            throw new ValidationException(where + " is not a row of a Kumo export; nothing was imported");
        }
        return KumoTables.named(table.asText()).orElseThrow(() -> new ValidationException(where
                + " holds a row of table '" + table.asText() + "', which this Kumo does not know; nothing was imported"));
    }

    /** The counters were moved past the header's ids: a row beyond them would get its id handed out again. */
    private static void requireIdWithinHeader(KumoTables.Table table, JsonNode row, ExportHeader header, String where) {
        if (table.identity() && row.path("id").asLong() > header.maxIds().getOrDefault(table.name(), 0L)) {
            throw new ValidationException(where + ": " + table.name() + " id " + row.path("id").asLong()
                    + " is past the highest id its header announces; nothing was imported");
        }
    }

    private static boolean sealedRow(KumoTables.Table table, JsonNode row) {
        if (!KumoTables.SEALED.contains(table.name())) {
            return false;
        }
        return !table.name().equals("env_variables") || row.path("secret").asBoolean(false);
    }

    /** The lines of an export file, the header first; damage and truncation become one clear message. */
    private static final class ExportReader implements AutoCloseable {

        private final InputStream in;
        private final MappingIterator<JsonNode> lines;
        private final String name;
        private final ExportHeader header;
        private long lineNumber;

        private ExportReader(InputStream in, MappingIterator<JsonNode> lines, String name) {
            this.in = in;
            this.lines = lines;
            this.name = name;
            this.header = ExportHeader.read(next(), name);
        }

        static ExportReader open(Path file, String name) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            try {
                InputStream in = new GZIPInputStream(raw, 1 << 16);
                return new ExportReader(in, JSON.readerFor(JsonNode.class).readValues(in), name);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                raw.close();
                throw new ValidationException(name + " is not a Kumo export (not a gzip file)");
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }

        ExportHeader header() {
            return header;
        }

        long lineNumber() {
            return lineNumber;
        }

        /** The next line, or null at the end of the file. */
        JsonNode next() {
            try {
                if (!lines.hasNextValue()) {
                    return null;
                }
                lineNumber++;
                return lines.nextValue();
            } catch (IOException e) {
                throw new ValidationException(name + " is damaged or cut short (" + firstLine(e.getMessage())
                        + "); nothing was imported");
            }
        }

        private static String firstLine(String message) {
            return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
        }

        @Override
        public void close() throws IOException {
            lines.close();
            in.close();
        }
    }
}
