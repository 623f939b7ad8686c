package io.kumo.alerts.service;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.QuietHours;
import java.util.List;

/**
 * A channel as lists, editors, the CLI and the API show it: never a secret.
 *
 * @param maskedUrl its URL with every secret written {@code ******}
 * @param readable  false when its sealed URL cannot be opened (a backup restored without its key file): set the URL again
 * @param quietHours null when it has none
 */
public record ChannelView(long id, String name, ChannelKind kind, String maskedUrl, boolean enabled, boolean readable,
                          List<AlertRule> rules, AlertTemplate template, int perMinute, QuietHours quietHours, int logLines) {

    public ChannelView {
        rules = List.copyOf(rules);
    }
}
