package io.kumo.cluster.service;

import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stops asked for on another node ({@code runs.stop_requested_at}) of this node's going runs. Each run is passed on
 * once: a run asked for again while it is still stopping is not repeated.
 */
final class StopRequests {

    private final Database database;
    private final String self;
    private Set<Long> told = Set.of();

    StopRequests(Database database, String self) {
        this.database = database;
        this.self = self;
    }

    /** The runs whose stop was asked since the last look. */
    List<Long> fresh() {
        List<Long> asked = StoreException.unchecked(() -> database.withConnection(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM runs WHERE node = ? "
                    + "AND status IN ('RUNNING', 'QUEUED') AND stop_requested_at IS NOT NULL ORDER BY id")) {
                query.setString(1, self);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        }));
        List<Long> fresh = asked.stream().filter(id -> !told.contains(id)).toList();
        told = new HashSet<>(asked);
        return fresh;
    }
}
