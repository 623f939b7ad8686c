package io.kumo.ui.alerts;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import io.kumo.common.ValidationException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One rule being edited: its scope (All, or a project, task or workflow picked from a list), the events it tells, and
 * the long-run and in-a-row settings as typed.
 */
public final class RuleRow {

    /** The events a row offers, in the order of its checkboxes. */
    public static final List<EventKind> EVENTS = List.of(EventKind.FAILURE, EventKind.TIMEOUT, EventKind.RECOVERY,
            EventKind.SUCCESS, EventKind.MISSED, EventKind.LONG_RUN, EventKind.FAILURES_IN_ROW, EventKind.NEW_ERROR);

    private final ObjectProperty<RuleScope> scope = new SimpleObjectProperty<>(RuleScope.ALL);
    private final ObjectProperty<ScopeTarget> target = new SimpleObjectProperty<>();
    private final Map<EventKind, BooleanProperty> events = new EnumMap<>(EventKind.class);
    private final StringProperty longRunMinutes = new SimpleStringProperty("");
    private final BooleanProperty longRunP95 = new SimpleBooleanProperty();
    private final StringProperty inRow = new SimpleStringProperty("3");

    public RuleRow() {
        EVENTS.forEach(event -> events.put(event, new SimpleBooleanProperty(EventKind.DEFAULTS.contains(event))));
    }

    /** A row showing a saved rule; {@code targets} are the known projects, tasks and workflows. */
    public static RuleRow of(AlertRule rule, List<ScopeTarget> targets) {
        RuleRow row = new RuleRow();
        row.scope.set(rule.scope());
        row.target.set(targets.stream().filter(t -> t.scope() == rule.scope() && rule.scopeId() != null && t.id() == rule.scopeId())
                .findFirst().orElse(rule.scopeId() == null ? null : new ScopeTarget(rule.scope(), rule.scopeId(), "#" + rule.scopeId())));
        EVENTS.forEach(event -> row.events.get(event).set(rule.events().contains(event)));
        row.longRunMinutes.set(rule.longRunOver() == null ? "" : String.valueOf(rule.longRunOver().toMinutes()));
        row.longRunP95.set(rule.longRunP95());
        row.inRow.set(rule.failuresInRow() >= 2 ? String.valueOf(rule.failuresInRow()) : "3");
        return row;
    }

    /** @throws ValidationException with one line when a scope has no pick or a number is not one */
    public AlertRule toRule(long channelId) {
        Set<EventKind> chosen = EnumSet.noneOf(EventKind.class);
        events.forEach((event, on) -> {
            if (on.get()) {
                chosen.add(event);
            }
        });
        if (scope.get() != RuleScope.ALL && (target.get() == null || target.get().scope() != scope.get())) {
            throw new ValidationException("Pick the " + scope.get().name().toLowerCase(java.util.Locale.ROOT) + " this rule is about");
        }
        Duration over = null;
        if (chosen.contains(EventKind.LONG_RUN) && !longRunP95.get()) {
            over = Duration.ofMinutes(number(longRunMinutes.get(), 1, "Long run: minutes"));
        }
        int streak = chosen.contains(EventKind.FAILURES_IN_ROW) ? number(inRow.get(), 2, "Failures in a row") : 0;
        return new AlertRule(null, channelId, scope.get(), scope.get() == RuleScope.ALL ? null : target.get().id(), chosen, over,
                chosen.contains(EventKind.LONG_RUN) && longRunP95.get(), streak);
    }

    private static int number(String text, int least, String what) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new ValidationException(what + " must be a whole number of at least " + least);
    }

    public ObjectProperty<RuleScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<ScopeTarget> targetProperty() {
        return target;
    }

    public BooleanProperty eventProperty(EventKind event) {
        return events.get(event);
    }

    public StringProperty longRunMinutesProperty() {
        return longRunMinutes;
    }

    public BooleanProperty longRunP95Property() {
        return longRunP95;
    }

    public StringProperty inRowProperty() {
        return inRow;
    }
}
