package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelSpec;

/** Delivers one message to one channel. Never throws, is bounded by time-outs, and never logs a URL, header or body. */
@FunctionalInterface
public interface ChannelSender {
    SendResult send(AlertMessage message, ChannelSpec channel);
}
