package io.kumo.ui.alerts;

import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.DeliveryLog;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the Alerts pane uses, and nothing more: the channels (with their rules and templates), the delivery log, the
 * projects, tasks and workflows a rule can be scoped to, and the zone times are shown in.
 */
public record AlertsServices(ChannelService channels, DeliveryLog deliveries, Supplier<List<ScopeTarget>> targets, ZoneId zone) {
}
