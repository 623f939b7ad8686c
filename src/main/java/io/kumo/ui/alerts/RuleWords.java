package io.kumo.ui.alerts;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A channel's rules in words, for its row in the list: "failure, timeout, recovery of every task; success of backup". */
final class RuleWords {

    private static final Map<EventKind, String> WORDS = Map.of(EventKind.FAILURE, "failure", EventKind.TIMEOUT, "time-out",
            EventKind.RECOVERY, "recovery", EventKind.SUCCESS, "success", EventKind.MISSED, "missed fire",
            EventKind.LONG_RUN, "long run", EventKind.FAILURES_IN_ROW, "failures in a row");

    private RuleWords() {
    }

    static String event(EventKind event) {
        return WORDS.getOrDefault(event, event.word());
    }

    /** {@code names} gives the name of a scoped project, task or workflow (its id when unknown). */
    static String describe(List<AlertRule> rules, Function<AlertRule, String> names) {
        if (rules.isEmpty()) {
            return "Nothing";
        }
        return rules.stream().map(rule -> (rule.events().isEmpty() ? "nothing"
                        : rule.events().stream().sorted().map(RuleWords::event).collect(Collectors.joining(", ")))
                        + " of " + scope(rule, names))
                .collect(Collectors.joining("; "));
    }

    private static String scope(AlertRule rule, Function<AlertRule, String> names) {
        return rule.scope() == RuleScope.ALL ? "every task and workflow"
                : rule.scope().name().toLowerCase(java.util.Locale.ROOT) + " " + names.apply(rule);
    }
}
