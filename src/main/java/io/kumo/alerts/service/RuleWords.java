package io.kumo.alerts.service;

import io.kumo.alerts.AlertRule;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A channel's rules said in words, as the CLI, the audit log and the window show them. */
public final class RuleWords {

    private RuleWords() {
    }

    /** "every task and workflow: failure,timeout,recovery; task 12: success, long over 10m". */
    public static String of(List<AlertRule> rules) {
        return of(rules, rule -> String.valueOf(rule.scopeId()), ",");
    }

    /**
     * The same words with each project, task and workflow named by {@code target} and events joined by {@code between}:
     * "every task and workflow: failure, timeout; task backup: success" (the window's channels list).
     */
    public static String of(List<AlertRule> rules, Function<AlertRule, String> target, String between) {
        if (rules.isEmpty()) {
            return "none";
        }
        return rules.stream().map(rule -> scope(rule, target) + ": " + eventWords(rule, between)).collect(Collectors.joining("; "));
    }

    private static String eventWords(AlertRule rule, String between) {
        if (rule.events().isEmpty()) {
            return "muted";
        }
        return rule.events().stream().sorted().map(event -> switch (event) {
            case LONG_RUN -> "long (over " + (rule.longRunOver() != null ? shortDuration(rule.longRunOver()) : "")
                    + (rule.longRunOver() != null && rule.longRunP95() ? " or " : "") + (rule.longRunP95() ? "p95" : "") + ")";
            case FAILURES_IN_ROW -> "streak (" + rule.failuresInRow() + " in a row)";
            default -> event.word();
        }).collect(Collectors.joining(between));
    }

    static String scope(AlertRule rule) {
        return scope(rule, one -> String.valueOf(one.scopeId()));
    }

    private static String scope(AlertRule rule, Function<AlertRule, String> target) {
        return switch (rule.scope()) {
            case ALL -> "every task and workflow";
            case PROJECT -> "project " + target.apply(rule);
            case TASK -> "task " + target.apply(rule);
            case WORKFLOW -> "workflow " + target.apply(rule);
        };
    }

    private static String shortDuration(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
