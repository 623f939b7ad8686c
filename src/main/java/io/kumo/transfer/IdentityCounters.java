package io.kumo.transfer;

import io.kumo.store.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Moves a table's id counter past the ids an import brings, so the next task or run the target creates gets a new id.
 * Both statements work on identity and serial columns alike.
 */
final class IdentityCounters {

    private IdentityCounters() {
    }

    /** The next id {@code table} hands out is {@code maxId + 1}; nothing to do for a table without rows. */
    static void moveAfter(Connection connection, SqlDialect dialect, String table, long maxId) throws SQLException {
        if (maxId < 1) {
            return;
        }
        String statement = switch (dialect) {
            case H2 -> "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1);
            case POSTGRESQL -> "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + maxId + ")";
        };
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
