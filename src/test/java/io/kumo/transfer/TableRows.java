package io.kumo.transfer;

import io.kumo.store.Database;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every exported table's rows, read with plain JDBC into values that compare equal across H2 and PostgreSQL. */
final class TableRows {

    private TableRows() {
    }

    /** Table name → its rows in key order, each row column → value (whole numbers as Long, binary as hex). */
    static Map<String, List<Map<String, Object>>> of(Database database) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        database.withConnection(connection -> {
            try (Statement sql = connection.createStatement()) {
                for (KumoTables.Table table : KumoTables.EXPORTED) {
                    tables.put(table.name(), rows(sql, table));
                }
            }
            return null;
        });
        return tables;
    }

    private static List<Map<String, Object>> rows(Statement sql, KumoTables.Table table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), value(result, column, meta.getColumnType(column)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object value(ResultSet result, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> result.getLong(column);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> result.getDouble(column);
            case Types.BOOLEAN, Types.BIT -> result.getBoolean(column);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = result.getBytes(column);
                yield bytes == null ? null : HexFormat.of().formatHex(bytes);
            }
            default -> result.getString(column);
        };
        return result.wasNull() ? null : value;
    }

    /** The number of rows in each table. */
    static long total(Map<String, List<Map<String, Object>>> tables) {
        return tables.values().stream().mapToLong(List::size).sum();
    }
}
