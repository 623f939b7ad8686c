package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import java.util.Set;

/** Which deliveries to list: one channel's (null: all), of some statuses (empty: all), newest first. */
public record DeliveryQuery(String channel, Set<DeliveryStatus> statuses) {

    public static final DeliveryQuery ALL = new DeliveryQuery(null, Set.of());

    public DeliveryQuery {
        statuses = Set.copyOf(statuses);
    }
}
