package io.kumo.alerts.service;

import io.kumo.alerts.AlertEvent;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.AlertRule;
import io.kumo.alerts.AlertRules;
import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.ChannelSpec;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.QuietHours;
import io.kumo.alerts.RenderContext;
import io.kumo.alerts.RunFacts;
import io.kumo.alerts.Templates;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.audit.AuditService;
import io.kumo.common.Actor;
import io.kumo.common.NameRule;
import io.kumo.common.ValidationException;
import io.kumo.domain.AlertChannel;
import io.kumo.secrets.SecretCipher;
import io.kumo.secrets.SecretCipher.SecretUnreadableException;
import io.kumo.service.AuditedRepository;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change to alert channels and their rules (window, CLI, API): URLs sealed, shown masked, every change audited.
 * Bad input throws {@link io.kumo.common.ValidationException} with one line and changes nothing.
 */
public final class ChannelService {

    public static final int NAME_MAX = 100;
    /** What "streak" means for {@link #add}: this many failures in a row (the rules editor sets another). */
    public static final int STREAK_DEFAULT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelService.class);
    private static final String UNREADABLE = "its URL cannot be opened with this data directory's key (restored without "
            + "its key file?); set the URL again";

    private final Database database;
    private final AuditedRepository<AlertChannel> channels;
    private final ChannelRuleRows rules;
    private final Clock clock;
    private final SecretCipher cipher;
    private final ChannelSender sender;
    private final DeliveryLog deliveries;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ChannelService(Database database, AuditService audit, Clock clock, SecretCipher cipher, ChannelSender sender,
                          DeliveryLog deliveries) {
        this.database = database;
        this.channels = new AuditedRepository<>(database, database.alertChannels(), audit, clock, "Channel", "name", NAME_MAX);
        this.rules = new ChannelRuleRows(database, clock);
        this.clock = clock;
        this.cipher = cipher;
        this.sender = sender;
        this.deliveries = deliveries;
    }

    /** By name. */
    public List<ChannelView> list() {
        Map<Long, List<AlertRule>> all = rules.all();
        return channels.list().stream().map(channel -> view(channel, all.getOrDefault(channel.getId(), List.of()))).toList();
    }

    public Optional<ChannelView> find(String name) {
        return channels.findByName(name).map(channel -> view(channel, rules.of(channel.getId())));
    }

    /**
     * A new channel with one rule: {@code events} of every task and workflow ({@link EventKind#DEFAULTS} when null); a
     * long run there means over the task's 95th percentile, a streak {@link #STREAK_DEFAULT} failures in a row.
     */
    public ChannelView add(String name, String url, Set<EventKind> events) {
        checkName(name, null);
        if (events != null && events.isEmpty()) {
            throw new ValidationException("channel " + name + ": name at least one event to be told of");
        }
        ChannelSpec spec = parse(url);
        AlertChannel channel = new AlertChannel(name, spec.kind().name(), cipher.encrypt(spec.toUrl()), spec.masked());
        AlertChannel stored = database.inTransaction(() -> {
            AlertRule rule = AlertRule.defaultFor(0);
            List<AlertRule> first = List.of(events == null ? rule
                    : new AlertRule(null, 0, rule.scope(), null, events, null, events.contains(EventKind.LONG_RUN),
                    events.contains(EventKind.FAILURES_IN_ROW) ? STREAK_DEFAULT : 0));
            rules.check(first);
            channel.setRulesInWords(RuleWords.of(first));
            AlertChannel created = channels.create(channel);
            rules.replace(created.getId(), first.stream().map(one -> withChannel(one, created.getId())).toList());
            return created;
        });
        changed();
        return view(stored, rules.of(stored.getId()));
    }

    /** Sets every part of a channel but its rules (the CLI); the window sets one part at a time, below. */
    public ChannelView update(long id, ChannelEdit edit) {
        checkTemplate(edit.name(), edit.template());
        checkPerMinute(edit.name(), edit.perMinute());
        checkLogLines(edit.name(), edit.logLines());
        return change(id, channel -> {
            connect(channel, edit.name(), edit.url());
            channel.setEnabled(edit.enabled());
            applyTemplate(channel, edit.template());
            channel.setPerMinute(edit.perMinute());
            applyQuietHours(channel, edit.quietHours());
            channel.setLogLines(edit.logLines());
        });
    }

    /** Its name and URL (the masked one with {@code ******} where the saved secrets are kept); nothing else changes. */
    public ChannelView updateConnection(long id, String name, String url) {
        return change(id, channel -> connect(channel, name, url));
    }

    /** Needs no readable URL: a channel restored without its key can still be turned off. */
    public ChannelView setEnabled(long id, boolean enabled) {
        return change(id, channel -> channel.setEnabled(enabled));
    }

    /** {@code template} null for the default one. */
    public ChannelView setTemplate(long id, AlertTemplate template) {
        return change(id, channel -> {
            checkTemplate(channel.getName(), template);
            applyTemplate(channel, template);
        });
    }

    /** Its rules, quiet hours (null: none) and per-minute limit, in one transaction and one audited change. */
    public ChannelView setRulesAndLimits(long id, List<AlertRule> newRules, QuietHours quietHours, int perMinute) {
        List<AlertRule> own = newRules.stream().map(rule -> withChannel(rule, id)).toList();
        return change(id, channel -> {
            checkPerMinute(channel.getName(), perMinute);
            rules.check(own);
            channel.setRulesInWords(RuleWords.of(own));
            channel.setPerMinute(perMinute);
            applyQuietHours(channel, quietHours);
            rules.replace(id, own);
        });
    }

    /** Replaces a channel's rules (audited as one change of the channel). */
    public ChannelView setRules(long channelId, List<AlertRule> newRules) {
        List<AlertRule> own = newRules.stream().map(rule -> withChannel(rule, channelId)).toList();
        return change(channelId, channel -> {
            rules.check(own);
            channel.setRulesInWords(RuleWords.of(own));
            rules.replace(channelId, own);
        });
    }

    /** Reads the channel, changes it and writes it in one transaction (one audit entry), then tells the listeners. */
    private ChannelView change(long id, Edit edit) {
        AlertChannel stored = database.inTransaction(() -> {
            AlertChannel channel = byId(id);
            edit.apply(channel);
            return channels.update(channel);
        });
        changed();
        return view(stored, rules.of(id));
    }

    /** One change of a stored channel, inside its transaction. */
    private interface Edit {
        void apply(AlertChannel channel) throws Exception;
    }

    private void connect(AlertChannel channel, String name, String url) {
        checkName(name, channel.getId());
        ChannelSpec spec = parse(mergedUrl(channel, url));
        String clear = spec.toUrl();
        boolean sameUrl = channel.getUrlSealed() != null && reveal(channel).filter(clear::equals).isPresent();
        channel.setName(name);
        channel.setKind(spec.kind().name());
        if (!sameUrl) { // sealing again would change the stored value (a new nonce) for nothing
            channel.setUrlSealed(cipher.encrypt(clear));
        }
        channel.setUrlMasked(spec.masked());
    }

    private static void checkTemplate(String name, AlertTemplate template) {
        if (template != null) {
            Templates.problem(template).ifPresent(problem -> {
                throw new ValidationException("channel " + name + ": template: " + problem);
            });
        }
    }

    private static void checkPerMinute(String name, int perMinute) {
        if (perMinute < 1 || perMinute > 600) {
            throw new ValidationException("channel " + name + ": messages per minute must be 1-600, not " + perMinute);
        }
    }

    private static void checkLogLines(String name, int logLines) {
        if (logLines < 0 || logLines > 200) {
            throw new ValidationException("channel " + name + ": log lines must be 0-200, not " + logLines);
        }
    }

    private static void applyTemplate(AlertChannel channel, AlertTemplate template) {
        channel.setSubjectTemplate(template == null ? null : template.subject());
        channel.setBodyTemplate(template == null ? null : template.body());
    }

    private static void applyQuietHours(AlertChannel channel, QuietHours quiet) {
        channel.setQuietFrom(quiet == null ? null : quiet.from().toString());
        channel.setQuietTo(quiet == null ? null : quiet.to().toString());
        channel.setQuietZone(quiet == null ? null : quiet.zone().getId());
    }

    /** Its rules and pending deliveries go with it; its delivery log lines stay. */
    public void remove(String name) {
        AlertChannel channel = byName(name);
        database.inTransaction(() -> {
            rules.replace(channel.getId(), List.of());
            channels.delete(channel.getId());
            return deliveries.abandonUnfinished(channel.getId(), "channel removed");
        });
        changed();
    }

    /** Sends a test message now, on the caller's thread (bypassing rules, quiet hours, storm guard), and logs it. */
    public SendResult test(String name) {
        AlertChannel channel = byName(name);
        ChannelSpec spec = parse(reveal(channel).orElseThrow(() -> new ValidationException("channel " + name + ": " + UNREADABLE)));
        AlertMessage message = Templates.test(channel.getName(), context());
        long line = deliveries.open(channel.getId(), channel.getName(), EventKind.TEST, null, null, message.subject(),
                DeliveryStatus.PENDING);
        SendResult result = sender.send(message, spec);
        deliveries.update(line, result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED, 1, null, result.error());
        return result;
    }

    /** The channels that would be told of a failure of this task (in this project): the editors' "Alerts go to". */
    public List<String> channelsForTask(long taskId, Long projectId) {
        return toldOfFailure(sample(null, null, taskId, null, projectId));
    }

    public List<String> channelsForWorkflow(long workflowId) {
        return toldOfFailure(sample(null, 0L, null, workflowId, null));
    }

    /** Enabled channels whose URL opens, with their clear specs: for the dispatcher only. */
    public List<LiveChannel> liveChannels() {
        List<LiveChannel> live = new ArrayList<>();
        Map<Long, List<AlertRule>> all = rules.all();
        for (AlertChannel channel : channels.list()) {
            if (!channel.isEnabled()) {
                continue;
            }
            Optional<String> url = reveal(channel);
            if (url.isEmpty()) {
                LOG.warn("Alert channel {} is left out: {}", channel.getName(), UNREADABLE);
                continue;
            }
            try {
                live.add(new LiveChannel(view(channel, all.getOrDefault(channel.getId(), List.of()), true), ChannelUrl.parse(url.get())));
            } catch (ValidationException e) { // never log the URL: it holds secrets
                LOG.warn("Alert channel {} is left out: its URL is no longer understood", channel.getName());
            }
        }
        return live;
    }

    /** Called (on the changing thread) after any channel or rule change: the dispatcher reads {@link #liveChannels()} again. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** What a template gives for a sample run of an event, as the channel's service would get it (the editor's preview). */
    public AlertMessage preview(AlertTemplate template, ChannelKind kind, EventKind event) {
        Instant now = clock.instant();
        RunFacts facts = new RunFacts(42L, null, 7L, null, 3L, "backup", "reports",
                event == EventKind.SUCCESS || event == EventKind.RECOVERY ? "SUCCESS" : event == EventKind.TIMEOUT ? "TIMEOUT"
                        : event == EventKind.MISSED ? "MISSED" : "FAILED",
                event == EventKind.FAILURE || event == EventKind.FAILURES_IN_ROW ? 2 : 0,
                now.minus(Duration.ofSeconds(250)), now,
                event == EventKind.FAILURE ? "backup.py exited with code 2" : null, 1,
                event == EventKind.MISSED ? 1 : 0,
                List.of("copying reports/2026-03.csv", "upload to s3://reports failed: connection reset", "giving up after 3 tries"),
                List.of());
        AlertEvent sample = new AlertEvent(event, facts, event == EventKind.LONG_RUN ? Duration.ofMinutes(3) : null,
                event == EventKind.FAILURES_IN_ROW ? 3 : 0);
        return Templates.render(template, sample, context());
    }

    private List<String> toldOfFailure(RunFacts facts) {
        Map<Long, List<AlertRule>> all = rules.all();
        return channels.list().stream().filter(AlertChannel::isEnabled)
                .filter(channel -> AlertRules.ruleFor(facts, all.getOrDefault(channel.getId(), List.of()))
                        .filter(rule -> rule.events().contains(EventKind.FAILURE)).isPresent())
                .map(AlertChannel::getName).toList();
    }

    private static RunFacts sample(Long runId, Long workflowRunId, Long taskId, Long workflowId, Long projectId) {
        return new RunFacts(runId, workflowRunId, taskId, workflowId, projectId, "", null, "FAILED", 1, null, null, null,
                1, 0, List.of(), List.of());
    }

    private RenderContext context() {
        return new RenderContext(Actor.localHost(), clock.getZone(), clock.instant());
    }

    private void checkName(String name, Long ownId) {
        try {
            NameRule.check(name, NAME_MAX);
        } catch (ValidationException e) {
            throw new ValidationException("channel " + e.getMessage());
        }
        Predicate<AlertChannel> other = channel -> ownId == null || !channel.getId().equals(ownId);
        channels.list().stream().filter(other).filter(channel -> channel.getName().equalsIgnoreCase(name)).findFirst()
                .ifPresent(taken -> {
                    throw new ValidationException("channel name: '" + name + "' is already used"
                            + (taken.getName().equals(name) ? "" : " (as '" + taken.getName() + "')"));
                });
    }

    private static ChannelSpec parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("channel URL: must not be empty");
        }
        return ChannelUrl.parse(url.strip());
    }

    private String mergedUrl(AlertChannel channel, String edited) {
        if (edited == null || !edited.contains(ChannelUrl.MASK)) {
            return edited;
        }
        return ChannelUrl.merge(edited, reveal(channel).orElseThrow(() -> new ValidationException("channel "
                + channel.getName() + ": " + UNREADABLE)));
    }

    /** The clear URL, or empty when the sealed one cannot be opened with this data directory's key. */
    private Optional<String> reveal(AlertChannel channel) {
        try {
            return Optional.of(cipher.decrypt(channel.getUrlSealed()));
        } catch (SecretUnreadableException e) {
            return Optional.empty();
        }
    }

    private AlertChannel byName(String name) {
        return channels.findByName(name).or(() -> channels.list().stream()
                        .filter(channel -> channel.getName().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new ValidationException("no channel named '" + name + "'"));
    }

    private AlertChannel byId(long id) {
        return channels.findById(id).orElseThrow(() -> new ValidationException("no channel with id " + id));
    }

    private ChannelView view(AlertChannel channel, List<AlertRule> channelRules) {
        return view(channel, channelRules, reveal(channel).isPresent());
    }

    private static ChannelView view(AlertChannel channel, List<AlertRule> channelRules, boolean readable) {
        AlertTemplate template = channel.getSubjectTemplate() == null && channel.getBodyTemplate() == null ? null
                : new AlertTemplate(channel.getSubjectTemplate(), channel.getBodyTemplate());
        QuietHours quiet = channel.getQuietFrom() == null ? null : new QuietHours(LocalTime.parse(channel.getQuietFrom()),
                LocalTime.parse(channel.getQuietTo()), ZoneId.of(channel.getQuietZone()));
        return new ChannelView(channel.getId(), channel.getName(), ChannelKind.valueOf(channel.getKind().toUpperCase(Locale.ROOT)),
                channel.getUrlMasked(), channel.isEnabled(), readable, channelRules, template, channel.getPerMinute(), quiet,
                channel.getLogLines());
    }

    private static AlertRule withChannel(AlertRule rule, long channelId) {
        return new AlertRule(null, channelId, rule.scope(), rule.scopeId(), rule.events(), rule.longRunOver(),
                rule.longRunP95(), rule.failuresInRow());
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener of alert channel changes failed", e);
            }
        }
    }
}
