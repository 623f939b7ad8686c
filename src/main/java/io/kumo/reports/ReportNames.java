package io.kumo.reports;

import io.kumo.common.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Projects and tasks by the names users type (CLI, API) to the ids a {@link ReportQuery} holds. */
final class ReportNames {

    private final ReportRows rows;

    ReportNames(ReportRows rows) {
        this.rows = rows;
    }

    long projectId(String name) {
        return id("SELECT id FROM projects WHERE name = ?", name)
                .orElseThrow(() -> new ValidationException("no project named '" + name + "'"));
    }

    long taskId(String name) {
        return id("SELECT id FROM tasks WHERE name = ?", name)
                .orElseThrow(() -> new ValidationException("no task named '" + name + "'"));
    }

    private java.util.Optional<Long> id(String sql, String name) {
        return rows.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, name.strip());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? java.util.Optional.of(row.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }
}
