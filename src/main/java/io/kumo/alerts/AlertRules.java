package io.kumo.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which events one channel's rules give for a run. Pure. One run gives a channel at most one message: a recovery
 * stands for the success it also is, and a streak reaching N for the failure it ends with.
 */
public final class AlertRules {

    /** Outcomes that count as bad for recoveries and streaks. */
    public static final Set<String> BAD = Set.of("FAILED", "TIMEOUT", "INTERRUPTED");

    private AlertRules() {
    }

    /** The rule of a channel that covers a run: the most specific wins (task or workflow, then project, then all). */
    public static Optional<AlertRule> ruleFor(RunFacts facts, List<AlertRule> channelRules) {
        return channelRules.stream()
                .filter(rule -> covers(rule, facts))
                .max(Comparator.comparingInt(AlertRules::specificity));
    }

    /**
     * The events an ended (or missed) run gives one channel: failure/time-out (only when no retry follows: the caller
     * passes only final outcomes), recovery (good after bad), success, missed, N failures in a row (once, when the
     * streak reaches N). Long runs are decided while the run runs ({@link #longRunThreshold}).
     */
    public static List<AlertEvent> decide(RunFacts facts, HistoryFacts history, List<AlertRule> channelRules) {
        Optional<AlertRule> found = ruleFor(facts, channelRules);
        if (found.isEmpty() || found.get().events().isEmpty()) {
            return List.of();
        }
        AlertRule rule = found.get();
        String status = facts.status() == null ? "" : facts.status().toUpperCase(Locale.ROOT);
        List<AlertEvent> events = new ArrayList<>();
        if (BAD.contains(status)) {
            if (isStreak(rule, history)) {
                events.add(new AlertEvent(EventKind.FAILURES_IN_ROW, facts, null, history.badInRow()));
            } else {
                EventKind kind = status.equals("TIMEOUT") ? EventKind.TIMEOUT : EventKind.FAILURE;
                addIfAsked(events, rule, kind, facts);
            }
        } else if (status.equals("SUCCESS")) {
            boolean afterBad = history.previousOutcome() != null
                    && BAD.contains(history.previousOutcome().toUpperCase(Locale.ROOT));
            addIfAsked(events, rule, afterBad && rule.events().contains(EventKind.RECOVERY) ? EventKind.RECOVERY : EventKind.SUCCESS, facts);
        } else if (status.equals("MISSED")) {
            addIfAsked(events, rule, EventKind.MISSED, facts);
        }
        return List.copyOf(events);
    }

    /** The duration past which a run of this rule's scope is "long": the fixed limit, else the p95 when there are enough runs. */
    public static Optional<Duration> longRunThreshold(AlertRule rule, List<Duration> recentSuccesses) {
        if (!rule.events().contains(EventKind.LONG_RUN)) {
            return Optional.empty();
        }
        if (rule.longRunOver() != null) {
            return Optional.of(rule.longRunOver());
        }
        return rule.longRunP95() ? Percentile.p95(recentSuccesses) : Optional.empty();
    }

    private static boolean isStreak(AlertRule rule, HistoryFacts history) {
        return rule.events().contains(EventKind.FAILURES_IN_ROW) && rule.failuresInRow() > 0
                && history.badInRow() == rule.failuresInRow();
    }

    private static void addIfAsked(List<AlertEvent> events, AlertRule rule, EventKind kind, RunFacts facts) {
        if (rule.events().contains(kind)) {
            events.add(AlertEvent.of(kind, facts));
        }
    }

    private static boolean covers(AlertRule rule, RunFacts facts) {
        return switch (rule.scope()) {
            case ALL -> true;
            case PROJECT -> rule.scopeId() != null && Objects.equals(rule.scopeId(), facts.projectId());
            case TASK -> !facts.isWorkflow() && rule.scopeId() != null && Objects.equals(rule.scopeId(), facts.taskId());
            case WORKFLOW -> facts.isWorkflow() && rule.scopeId() != null && Objects.equals(rule.scopeId(), facts.workflowId());
        };
    }

    private static int specificity(AlertRule rule) {
        return switch (rule.scope()) {
            case ALL -> 0;
            case PROJECT -> 1;
            case TASK, WORKFLOW -> 2;
        };
    }
}
