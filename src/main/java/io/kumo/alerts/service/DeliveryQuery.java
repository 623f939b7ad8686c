package io.kumo.alerts.service;

import io.kumo.alerts.DeliveryStatus;
import java.util.Set;

/**
 * Which deliveries to list, newest first: one channel's by its id (it keeps its lines through a rename), or by the
 * name the lines were written under (a removed channel's), or all (both null); of some statuses (empty: all).
 */
public record DeliveryQuery(Long channelId, String channelName, Set<DeliveryStatus> statuses) {

    public static final DeliveryQuery ALL = new DeliveryQuery(null, null, Set.of());

    public DeliveryQuery {
        statuses = Set.copyOf(statuses);
    }

    /** The lines written under this channel name (null: all), for a channel that no longer exists. */
    public DeliveryQuery(String channelName, Set<DeliveryStatus> statuses) {
        this(null, channelName, statuses);
    }

    public static DeliveryQuery ofChannel(long channelId, Set<DeliveryStatus> statuses) {
        return new DeliveryQuery(channelId, null, statuses);
    }
}
