package io.kumo.transfer;

import io.kumo.common.ValidationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a database an import is aimed at already holds: an import needs it empty. */
final class TargetContents {

    private TargetContents() {
    }

    /**
     * @throws ValidationException naming what it holds ("the target database already holds 12 tasks and 3400 runs")
     */
    static void requireEmpty(Connection connection) throws SQLException {
        List<String> held = new ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            for (KumoTables.Table table : KumoTables.EXPORTED) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        held.add(table.count(count.getLong(1)));
                    }
                }
            }
        }
        if (!held.isEmpty()) {
            String listed = held.size() == 1 ? held.getFirst()
                    : String.join(", ", held.subList(0, held.size() - 1)) + " and " + held.getLast();
            throw new ValidationException("the target database already holds " + listed
                    + ": import needs an empty database");
        }
    }
}
