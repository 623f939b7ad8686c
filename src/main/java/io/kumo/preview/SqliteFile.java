package io.kumo.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.sqlite.SQLiteConfig;

/** An SQLite database opened read-only: its tables and views, each paged with LIMIT/OFFSET. One connection, used by one thread at a time. */
final class SqliteFile implements DataFile {

    private static final int SAMPLE_ROWS = 200;

    private final Connection connection;
    private final List<String> tables;

    SqliteFile(Path file) throws IOException {
        Connection opened = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            opened = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            List<String> names = new ArrayList<>();
            try (Statement statement = opened.createStatement();
                 ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                         + "AND name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            tables = List.copyOf(names);
            connection = opened;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(opened, e);
            throw new IOException(file.getFileName() + " is no readable SQLite database: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public DataTable table(String name) throws IOException {
        if (!tables.contains(name)) {
            throw new IOException("no table '" + name + "' in this database");
        }
        return new Table("\"" + name.replace("\"", "\"\"") + "\"");
    }

    private final class Table implements DataTable {
        private final String quoted;
        private final List<Column> columns;

        Table(String quoted) throws IOException {
            this.quoted = quoted;
            synchronized (SqliteFile.this) {
                try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + quoted + " LIMIT " + SAMPLE_ROWS);
                     ResultSet result = select.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        names.add(result.getMetaData().getColumnName(i));
                    }
                    columns = TypeInference.columns(names, read(result, SAMPLE_ROWS));
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public List<List<String>> rows(long offset, int limit) throws IOException {
            synchronized (SqliteFile.this) {
                try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + quoted + " LIMIT ? OFFSET ?")) {
                    select.setInt(1, limit);
                    select.setLong(2, offset);
                    try (ResultSet result = select.executeQuery()) {
                        return read(result, limit);
                    }
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }

        @Override
        public OptionalLong knownRowCount() {
            return OptionalLong.empty();
        }

        @Override
        public long countRows() throws IOException {
            synchronized (SqliteFile.this) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
                    result.next();
                    return result.getLong(1);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }

    private static List<List<String>> read(ResultSet result, int limit) throws SQLException {
        int width = result.getMetaData().getColumnCount();
        List<List<String>> rows = new ArrayList<>();
        while (rows.size() < limit && result.next()) {
            List<String> row = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                Object value = result.getObject(i);
                row.add(value == null ? "" : value instanceof byte[] bytes ? "<" + bytes.length + " bytes>" : value.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static void closeQuietly(Connection opened, Exception failure) {
        if (opened != null) {
            try {
                opened.close();
            } catch (SQLException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Waits for a query under way: the connection is never closed under a running page or count. */
    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
