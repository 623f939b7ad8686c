package io.kumo.alerts.service;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.AlertRule;
import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.audit.AuditService;
import io.kumo.secrets.SecretCipher;
import io.kumo.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every change to alert channels and their rules (window, CLI, API): URLs sealed, shown masked, every change audited.
 * Bad input throws {@link io.kumo.common.ValidationException} with one line and changes nothing. Contract stub: the
 * `service` engineer fills the bodies.
 */
public final class ChannelService {

    public ChannelService(Database database, AuditService audit, Clock clock, SecretCipher cipher, ChannelSender sender,
                          DeliveryLog deliveries) {
    }

    /** By name. */
    public List<ChannelView> list() {
        throw new UnsupportedOperationException();
    }

    public Optional<ChannelView> find(String name) {
        throw new UnsupportedOperationException();
    }

    /** A new channel with one rule: {@code events} of every task and workflow ({@link EventKind#DEFAULTS} when null). */
    public ChannelView add(String name, String url, Set<EventKind> events) {
        throw new UnsupportedOperationException();
    }

    public ChannelView update(long id, ChannelEdit edit) {
        throw new UnsupportedOperationException();
    }

    /** Its rules and pending deliveries go with it; its delivery log lines stay. */
    public void remove(String name) {
        throw new UnsupportedOperationException();
    }

    /** Replaces a channel's rules (audited as one change of the channel). */
    public ChannelView setRules(long channelId, List<AlertRule> rules) {
        throw new UnsupportedOperationException();
    }

    /** Sends a test message now, on the caller's thread (bypassing rules, quiet hours, storm guard), and logs it. */
    public SendResult test(String name) {
        throw new UnsupportedOperationException();
    }

    /** The channels that would be told of a failure of this task (in this project): the editors' "Alerts go to". */
    public List<String> channelsForTask(long taskId, Long projectId) {
        throw new UnsupportedOperationException();
    }

    public List<String> channelsForWorkflow(long workflowId) {
        throw new UnsupportedOperationException();
    }

    /** Enabled channels whose URL opens, with their clear specs: for the dispatcher only. */
    public List<LiveChannel> liveChannels() {
        throw new UnsupportedOperationException();
    }

    /** Called (on the changing thread) after any channel or rule change: the dispatcher reads {@link #liveChannels()} again. */
    public void onChange(Runnable listener) {
        throw new UnsupportedOperationException();
    }

    /** What a template gives for a sample run of an event, as the channel's service would get it (the editor's preview). */
    public AlertMessage preview(AlertTemplate template, ChannelKind kind, EventKind event) {
        throw new UnsupportedOperationException();
    }
}
