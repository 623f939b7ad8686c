package io.kumo.alerts.service;

import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.QuietHours;

/**
 * What an edit of a channel sets (its rules are set on their own).
 *
 * @param url a full URL, or the masked one with {@code ******} left where the saved secrets are to be kept
 * @param quietHours null for none
 */
public record ChannelEdit(String name, String url, boolean enabled, AlertTemplate template, int perMinute,
                          QuietHours quietHours, int logLines) {

    /** Without the URL: it may hold clear secrets. */
    @Override
    public String toString() {
        return "ChannelEdit[name=" + name + ", url=(not shown), enabled=" + enabled + ", perMinute=" + perMinute + ", quietHours="
                + quietHours + ", logLines=" + logLines + "]";
    }
}
