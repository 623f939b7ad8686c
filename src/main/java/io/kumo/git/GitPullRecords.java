package io.kumo.git;

import io.kumo.store.Database;
import java.sql.Types;
import java.time.Instant;

/**
 * Writes when a project last pulled and why that pull did not work, without an audit entry per pull: those are
 * bookkeeping, not a change of the project (the pulls that changed or refused something are audited by the service).
 */
final class GitPullRecords {

    private final Database database;

    GitPullRecords(Database database) {
        this.database = database;
    }

    void record(long projectId, Instant at, String error) {
        database.inTransaction(() -> database.withConnection(connection -> {
            try (var update = connection.prepareStatement(
                    "UPDATE projects SET git_pulled_at = ?, git_pull_error = ? WHERE id = ?")) {
                update.setLong(1, at.toEpochMilli());
                if (error == null) {
                    update.setNull(2, Types.VARCHAR);
                } else {
                    update.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
                }
                update.setLong(3, projectId);
                return update.executeUpdate();
            }
        }));
    }
}
