package io.kumo.alerts.service;

import io.kumo.store.Database;
import java.time.Clock;
import java.util.List;

/** The delivery log: what was sent where and how it went. Contract stub: the `service` engineer fills it. */
public final class DeliveryLog {

    public DeliveryLog(Database database, Clock clock) {
    }

    /** Newest first. */
    public List<DeliveryView> page(DeliveryQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    public long count(DeliveryQuery query) {
        throw new UnsupportedOperationException();
    }
}
