package io.kumo.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;

/**
 * A column's value in an export line, typed: integers and decimals as JSON numbers, booleans, strings, null, and
 * binary as {@code {"$base64": "..."}}. Both H2 and PostgreSQL map Kumo's columns onto these JDBC types (a PostgreSQL
 * {@code boolean} reports {@link Types#BIT}, {@code text} {@link Types#VARCHAR}, {@code bytea} {@link Types#BINARY}).
 */
final class ColumnValues {

    static final String BINARY_MARKER = "$base64";

    private ColumnValues() {
    }

    /** What a column of JDBC type {@code sqlType} holds. */
    enum Kind {
        INTEGER, DECIMAL, BOOLEAN, BINARY, TEXT;

        static Kind of(int sqlType) {
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
                case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> DECIMAL;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
                default -> TEXT;
            };
        }
    }

    /** Writes column {@code column} of the current row. */
    static void write(JsonGenerator json, ResultSet row, int column, Kind kind) throws SQLException, IOException {
        switch (kind) {
            case INTEGER -> {
                long value = row.getLong(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case DECIMAL -> {
                double value = row.getDouble(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else if (Double.isFinite(value)) {
                    json.writeNumber(value);
                } else {
                    json.writeString(Double.toString(value)); // JSON has no NaN nor Infinity
                }
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(column);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case BINARY -> {
                byte[] value = row.getBytes(column);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject();
                    json.writeStringField(BINARY_MARKER, Base64.getEncoder().encodeToString(value));
                    json.writeEndObject();
                }
            }
            case TEXT -> {
                String value = row.getString(column);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(value);
                }
            }
        }
    }

    /**
     * Binds {@code value} to parameter {@code index} of an insert.
     *
     * @throws IllegalArgumentException naming what the column expected, when the value does not fit it
     */
    static void bind(PreparedStatement insert, int index, int sqlType, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (Kind.of(sqlType)) {
            case INTEGER -> {
                if (!value.canConvertToExactIntegral()) {
                    throw new IllegalArgumentException("expects a whole number, not " + value);
                }
                insert.setLong(index, value.asLong());
            }
            case DECIMAL -> {
                if (value.isNumber()) {
                    insert.setDouble(index, value.asDouble());
                } else if (value.isTextual() && value.asText().matches("-?Infinity|NaN")) {
                    insert.setDouble(index, Double.parseDouble(value.asText()));
                } else {
                    throw new IllegalArgumentException("expects a number, not " + value);
                }
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("expects true or false, not " + value);
                }
                insert.setBoolean(index, value.asBoolean());
            }
            case BINARY -> {
                JsonNode encoded = value.get(BINARY_MARKER);
                if (encoded == null || !encoded.isTextual()) {
                    throw new IllegalArgumentException("expects binary data ({\"" + BINARY_MARKER + "\": ...})");
                }
                insert.setBytes(index, Base64.getDecoder().decode(encoded.asText()));
            }
            case TEXT -> {
                if (!value.isTextual()) {
                    throw new IllegalArgumentException("expects a string, not " + value);
                }
                insert.setString(index, value.asText());
            }
        }
    }
}
