package io.kumo.transfer;

import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A task and a run created after an import, as Kumo creates them (the database hands out the id). */
final class NewRows {

    private NewRows() {
    }

    static long task(Database database) throws SQLException {
        return insert(database, "INSERT INTO tasks (name, command, trigger_type, created_at, updated_at) "
                + "VALUES ('after-import', 'true', 'MANUAL', 1, 1)");
    }

    static long run(Database database) throws SQLException {
        return insert(database, "INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, status) "
                + "VALUES (1, 'after-import', 'MANUAL', 99, 'QUEUED')");
    }

    static long maxId(Database database, String table) throws SQLException {
        return database.withConnection(connection -> {
            try (Statement sql = connection.createStatement(); ResultSet max = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
                max.next();
                return max.getLong(1);
            }
        });
    }

    private static long insert(Database database, String statement) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(statement, new String[] {"id"})) {
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
