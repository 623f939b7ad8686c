package io.kumo.alerts.service;

import io.kumo.alerts.AlertMessage;

/** One message on its way to one channel: its delivery-log line and how many attempts it took so far. */
final class Delivery {

    private final long lineId;
    private final LiveChannel channel;
    private final AlertMessage message;
    private int attempts;

    Delivery(long lineId, LiveChannel channel, AlertMessage message) {
        this.lineId = lineId;
        this.channel = channel;
        this.message = message;
    }

    long lineId() {
        return lineId;
    }

    LiveChannel channel() {
        return channel;
    }

    AlertMessage message() {
        return message;
    }

    int attempts() {
        return attempts;
    }

    int attempted() {
        return ++attempts;
    }
}
