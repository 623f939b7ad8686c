package io.kumo.alerts.service;

import io.kumo.store.Database;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Deletes delivery-log lines older than a cutoff, never one still on its way (PENDING, RETRYING, HELD): the dispatcher
 * writes those lines again. Handed to the logs' maintenance as its delivery-retention step.
 */
public final class DeliveryRetention {

    private static final String DELETE = "DELETE FROM alert_deliveries WHERE created_at < ? AND status NOT IN ('PENDING', 'RETRYING', 'HELD')";

    private final Database database;

    public DeliveryRetention(Database database) {
        this.database = database;
    }

    /** The lines deleted. */
    public int deleteFinishedBefore(Instant cutoff) {
        return database.inTransactionWithoutSync(() -> database.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        }));
    }
}
