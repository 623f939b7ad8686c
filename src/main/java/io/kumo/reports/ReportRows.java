package io.kumo.reports;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a report's read-only SQL on the store and maps each row. */
final class ReportRows {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Database database;

    ReportRows(Database database) {
        this.database = database;
    }

    /** The hint that makes H2 read a query through {@code index}; nothing on PostgreSQL. */
    String useIndex(String index) {
        return database.dialect().useIndex(index);
    }

    <T> T withConnection(Database.JdbcWork<T> work) {
        try {
            return database.withConnection(work);
        } catch (SQLException e) {
            throw StoreException.wrap(e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper) {
        return withConnection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                List<T> mapped = new ArrayList<>();
                while (rows.next()) {
                    mapped.add(mapper.map(rows));
                }
                return mapped;
            }
        });
    }

    static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
