package io.kumo.alerts.service;

import com.j256.ormlite.dao.Dao;
import io.kumo.alerts.AlertRule;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import io.kumo.common.ValidationException;
import io.kumo.domain.ChannelRule;
import io.kumo.store.Database;
import io.kumo.storage.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A channel's rules in the {@code alert_rules} table: checked, read, replaced, and said in words. */
final class ChannelRuleRows {

    private final Database database;
    private final Dao<ChannelRule, Long> dao;
    private final Clock clock;

    ChannelRuleRows(Database database, Clock clock) {
        this.database = database;
        this.dao = database.channelRules();
        this.clock = clock;
    }

    /** Every channel's rules, by channel id. */
    Map<Long, List<AlertRule>> all() {
        return StoreException.unchecked(() -> dao.queryBuilder().orderBy("id", true).query().stream()
                .map(ChannelRuleRows::rule)
                .collect(Collectors.groupingBy(AlertRule::channelId, LinkedHashMap::new, Collectors.toList())));
    }

    List<AlertRule> of(long channelId) {
        return StoreException.unchecked(() -> dao.queryBuilder().orderBy("id", true).where().eq("channel_id", channelId)
                .query().stream().map(ChannelRuleRows::rule).toList());
    }

    /** Call inside the transaction that changes the channel. */
    void replace(long channelId, List<AlertRule> rules) throws java.sql.SQLException {
        var delete = dao.deleteBuilder();
        delete.where().eq("channel_id", channelId);
        delete.delete();
        Instant now = clock.instant();
        for (AlertRule rule : rules) {
            ChannelRule row = new ChannelRule();
            row.setChannelId(channelId);
            row.setScope(rule.scope().name());
            row.setScopeId(rule.scopeId());
            row.setEvents(EventKind.words(rule.events()));
            row.setLongRunSeconds(rule.longRunOver() == null ? null : rule.longRunOver().toSeconds());
            row.setLongRunP95(rule.longRunP95());
            row.setFailuresInRow(rule.failuresInRow());
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            dao.create(row);
        }
    }

    /** @throws ValidationException with one line saying what a rule lacks */
    void check(List<AlertRule> rules) {
        Set<String> scopes = new HashSet<>();
        for (AlertRule rule : rules) {
            String where = RuleWords.scope(rule);
            if (!scopes.add(rule.scope() + "/" + rule.scopeId())) {
                throw new ValidationException("rules: " + where + " has two rules; keep one");
            }
            if ((rule.scope() == RuleScope.ALL) != (rule.scopeId() == null)) {
                throw new ValidationException("rules: " + where + ": " + (rule.scopeId() == null ? "which one is missing"
                        : "every task and workflow takes no id"));
            }
            if (rule.scopeId() != null && !exists(rule.scope(), rule.scopeId())) {
                throw new ValidationException("rules: there is no " + where);
            }
            Set<EventKind> unknown = EnumSet.noneOf(EventKind.class);
            unknown.addAll(rule.events());
            unknown.removeAll(EventKind.SUBSCRIBABLE);
            if (!unknown.isEmpty()) {
                throw new ValidationException("rules: " + where + ": '" + EventKind.words(unknown)
                        + "' cannot be asked for; use " + EventKind.words(EventKind.SUBSCRIBABLE));
            }
            if (rule.events().contains(EventKind.FAILURES_IN_ROW) && rule.failuresInRow() < 2) {
                throw new ValidationException("rules: " + where + ": failures in a row needs a count of 2 or more");
            }
            if (rule.events().contains(EventKind.LONG_RUN) && !rule.longRunP95()
                    && (rule.longRunOver() == null || !rule.longRunOver().isPositive())) {
                throw new ValidationException("rules: " + where + ": a long run needs a duration or the 95th percentile");
            }
        }
    }

    private boolean exists(RuleScope scope, long id) {
        return StoreException.unchecked(() -> switch (scope) {
            case PROJECT -> database.projects().idExists(id);
            case TASK -> database.tasks().idExists(id);
            case WORKFLOW -> database.workflows().idExists(id);
            case ALL -> true;
        });
    }

    private static AlertRule rule(ChannelRule row) {
        return new AlertRule(row.getId(), row.getChannelId(), RuleScope.valueOf(row.getScope()), row.getScopeId(),
                EventKind.parseList(row.getEvents()),
                row.getLongRunSeconds() == null ? null : Duration.ofSeconds(row.getLongRunSeconds()),
                row.isLongRunP95(), row.getFailuresInRow());
    }
}
