package io.kumo.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A row of {@code runs}, every column as it is, to one JSON object and back: numbers as numbers (instants are epoch
 * millis already), text as text, NULL as null. Column names come from the table itself, so a column a later
 * migration adds is archived without a change here; one the table no longer has is dropped on restore.
 */
final class RunRows {

    private final ObjectMapper mapper;

    RunRows(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        ObjectNode json = mapper.createObjectNode();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
            switch (meta.getColumnType(column)) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    long value = row.getLong(column);
                    if (row.wasNull()) {
                        json.putNull(name);
                    } else {
                        json.put(name, value);
                    }
                }
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                    double value = row.getDouble(column);
                    if (row.wasNull()) {
                        json.putNull(name);
                    } else {
                        json.put(name, value);
                    }
                }
                case Types.BOOLEAN, Types.BIT -> {
                    boolean value = row.getBoolean(column);
                    if (row.wasNull()) {
                        json.putNull(name);
                    } else {
                        json.put(name, value);
                    }
                }
                default -> json.put(name, row.getString(column));
            }
        }
        return json;
    }

    /** The table's columns and their JDBC types, in table order. */
    static Map<String, Integer> columns(Connection connection) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM runs WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                columns.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), meta.getColumnType(column));
            }
        }
        return columns;
    }

    static String insertSql(Map<String, Integer> columns) {
        return "INSERT INTO runs (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", columns.keySet().stream().map(name -> "?").toList()) + ")";
    }

    /** Binds the archived row to {@link #insertSql}'s parameters; a column it does not have is NULL. */
    static void bind(PreparedStatement insert, Map<String, Integer> columns, JsonNode row) throws SQLException {
        int index = 1;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            JsonNode value = row.get(column.getKey());
            int type = column.getValue();
            if (value == null || value.isNull()) {
                insert.setNull(index, type);
            } else {
                switch (type) {
                    case Types.BIGINT -> insert.setLong(index, value.asLong());
                    case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setInt(index, value.asInt());
                    case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, value.asDouble());
                    case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
                    default -> insert.setString(index, value.asText());
                }
            }
            index++;
        }
    }
}
