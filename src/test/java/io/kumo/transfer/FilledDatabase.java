package io.kumo.transfer;

import io.kumo.store.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills every exported table of a database with rows whose every column holds a value of its type (odd rows), or
 * null wherever the column allows it (even rows): text with quotes, new lines and non-Latin letters, binary with every
 * byte value, numbers, both booleans. References point at rows that exist (ids 1..n of the parent). The database hands
 * out the ids; row 2 of each table is deleted afterwards, so the ids have a gap, as after any deletion in real use.
 */
final class FilledDatabase {

    static final int ROWS = 7;

    private FilledDatabase() {
    }

    static void fill(Database database) throws SQLException {
        database.withConnection(connection -> {
            for (KumoTables.Table table : KumoTables.EXPORTED) {
                List<Column> columns = columns(connection, table);
                for (int row = 1; row <= ROWS; row++) {
                    insert(connection, table, columns, row);
                }
            }
            // children first: row 2 of a table is the only one referring to row 2 of its parent
            for (KumoTables.Table table : KumoTables.EXPORTED.reversed()) {
                if (table.identity()) {
                    try (Statement sql = connection.createStatement()) {
                        sql.executeUpdate("DELETE FROM " + table.name() + " WHERE id = 2");
                    }
                }
            }
            return null;
        });
    }

    private record Column(String name, int type, int size, boolean nullable) {
    }

    private static List<Column> columns(Connection connection, KumoTables.Table table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet result = meta.getColumns(null, "public", table.name(), null)) {
            while (result.next()) {
                if (table.identity() && result.getString("COLUMN_NAME").equalsIgnoreCase("id")) {
                    continue; // the database hands it out
                }
                columns.add(new Column(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), result.getInt("DATA_TYPE"),
                        result.getInt("COLUMN_SIZE"), result.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
            }
        }
        return columns;
    }

    private static void insert(Connection connection, KumoTables.Table table, List<Column> columns, int row) throws SQLException {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name() + " (" + names
                + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (row % 2 == 0 && column.nullable()) {
                    insert.setNull(i + 1, column.type());
                } else {
                    bind(insert, i + 1, column, row);
                }
            }
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, int index, Column column, int row) throws SQLException {
        switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> insert.setLong(index, column.name().endsWith("_at")
                    ? 1_772_344_800_003L + row * 1000L : row); // references: rows 1..n of the parent exist
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, row + 0.125);
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, row % 4 == 1);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = new byte[256 * row];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) i;
                }
                insert.setBytes(index, bytes);
            }
            default -> {
                String text = row + "-" + column.name() + " \"雲\" ✓\nline two\ttab 'quote' \\";
                insert.setString(index, column.size() > 0 && column.size() < text.length()
                        ? text.substring(0, column.size()) : text);
            }
        }
    }

}
