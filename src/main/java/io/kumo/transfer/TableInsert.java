package io.kumo.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.common.ValidationException;
import io.kumo.store.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Inserts one table's rows, keeping every column as the file gives it (ids too), in batches. */
final class TableInsert implements AutoCloseable {

    private static final int BATCH = 500;

    private final KumoTables.Table table;
    private final List<String> columns = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();
    private final PreparedStatement insert;
    private int pending;

    TableInsert(Connection connection, SqlDialect dialect, KumoTables.Table table) throws SQLException {
        this.table = table;
        try (Statement sql = connection.createStatement();
             ResultSet none = sql.executeQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                columns.add(meta.getColumnLabel(column).toLowerCase(Locale.ROOT));
                types.add(meta.getColumnType(column));
            }
        }
        // PostgreSQL refuses an id for a GENERATED ALWAYS identity without it (and ignores it on any other column)
        String override = dialect == SqlDialect.POSTGRESQL && table.identity() ? " OVERRIDING SYSTEM VALUE" : "";
        this.insert = connection.prepareStatement("INSERT INTO " + table.name() + " (" + String.join(", ", columns)
                + ")" + override + " VALUES (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")");
    }

    KumoTables.Table table() {
        return table;
    }

    /**
     * Adds {@code row} (column → value) to the batch.
     *
     * @throws ValidationException when the row names a column this table lacks, or a value does not fit its column
     */
    void add(JsonNode row, String where) throws SQLException {
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            if (!columns.contains(field.getKey())) {
                throw new ValidationException(where + ": table " + table.name() + " has no column '" + field.getKey() + "'");
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            try {
                ColumnValues.bind(insert, i + 1, types.get(i), row.get(columns.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(where + ": " + table.name() + "." + columns.get(i) + " " + e.getMessage());
            }
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
