package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final long CHANNEL = 1;
    private static final AlertRule ALL_DEFAULTS = AlertRule.defaultFor(CHANNEL);

    @Test
    void mostSpecificScopeWins() {
        AlertRule project = rule(RuleScope.PROJECT, 3L, EnumSet.of(EventKind.SUCCESS));
        AlertRule task = rule(RuleScope.TASK, 7L, EnumSet.of(EventKind.TIMEOUT));

        assertThat(AlertRules.ruleFor(SampleRuns.task("FAILED"), List.of(ALL_DEFAULTS, task, project))).contains(task);
        assertThat(AlertRules.ruleFor(SampleRuns.task("FAILED"), List.of(project, ALL_DEFAULTS))).contains(project);
    }

    @Test
    void ruleOfAnotherTaskOrProjectDoesNotCover() {
        AlertRule otherTask = rule(RuleScope.TASK, 8L, EnumSet.of(EventKind.FAILURE));
        AlertRule otherProject = rule(RuleScope.PROJECT, 4L, EnumSet.of(EventKind.FAILURE));

        assertThat(AlertRules.ruleFor(SampleRuns.task("FAILED"), List.of(otherTask, otherProject))).isEmpty();
    }

    @Test
    void mutingTaskRuleSilencesTheBroaderRule() {
        AlertRule mute = rule(RuleScope.TASK, 7L, Set.of());

        assertThat(AlertRules.decide(SampleRuns.task("FAILED"), HistoryFacts.NONE, List.of(ALL_DEFAULTS, mute))).isEmpty();
    }

    @Test
    void noRulesGiveNothing() {
        assertThat(AlertRules.decide(SampleRuns.task("FAILED"), HistoryFacts.NONE, List.of())).isEmpty();
    }

    @Test
    void taskScopeNeverMatchesAWorkflowRunAndWorkflowScopeDoes() {
        RunFacts workflowRun = SampleRuns.failedWorkflow();
        AlertRule taskNine = rule(RuleScope.TASK, 9L, EnumSet.of(EventKind.FAILURE));
        AlertRule workflowNine = rule(RuleScope.WORKFLOW, 9L, EnumSet.of(EventKind.FAILURE));

        assertThat(AlertRules.ruleFor(workflowRun, List.of(taskNine))).isEmpty();
        assertThat(AlertRules.decide(workflowRun, HistoryFacts.NONE, List.of(taskNine, workflowNine)))
                .extracting(AlertEvent::kind).containsExactly(EventKind.FAILURE);
    }

    @Test
    void failedAndInterruptedAreFailuresAndTimeoutIsATimeout() {
        assertThat(kinds("FAILED", HistoryFacts.NONE, ALL_DEFAULTS)).containsExactly(EventKind.FAILURE);
        assertThat(kinds("INTERRUPTED", HistoryFacts.NONE, ALL_DEFAULTS)).containsExactly(EventKind.FAILURE);
        assertThat(kinds("TIMEOUT", HistoryFacts.NONE, ALL_DEFAULTS)).containsExactly(EventKind.TIMEOUT);
    }

    @Test
    void recoveryOnlyAfterABadOutcome() {
        assertThat(kinds("SUCCESS", history("FAILED", 0), ALL_DEFAULTS)).containsExactly(EventKind.RECOVERY);
        assertThat(kinds("SUCCESS", history("TIMEOUT", 0), ALL_DEFAULTS)).containsExactly(EventKind.RECOVERY);
        assertThat(kinds("SUCCESS", history("SUCCESS", 0), ALL_DEFAULTS)).isEmpty();
        assertThat(kinds("SUCCESS", HistoryFacts.NONE, ALL_DEFAULTS)).isEmpty();
    }

    @Test
    void successIsToldWhenAskedAndARecoveryStandsForIt() {
        AlertRule both = rule(RuleScope.ALL, null, EnumSet.of(EventKind.SUCCESS, EventKind.RECOVERY));

        assertThat(kinds("SUCCESS", history("SUCCESS", 0), both)).containsExactly(EventKind.SUCCESS);
        assertThat(kinds("SUCCESS", history("FAILED", 0), both)).containsExactly(EventKind.RECOVERY);
    }

    @Test
    void missedRunIsToldOnlyWhenAsked() {
        assertThat(kinds("MISSED", HistoryFacts.NONE, ALL_DEFAULTS)).isEmpty();
        assertThat(kinds("MISSED", HistoryFacts.NONE, rule(RuleScope.ALL, null, EnumSet.of(EventKind.MISSED))))
                .containsExactly(EventKind.MISSED);
    }

    @Test
    void stoppedAndSkippedRunsGiveNothing() {
        AlertRule everything = rule(RuleScope.ALL, null, EventKind.SUBSCRIBABLE);

        assertThat(kinds("STOPPED", history("FAILED", 0), everything)).isEmpty();
        assertThat(kinds("SKIPPED", history("FAILED", 0), everything)).isEmpty();
    }

    @Test
    void streakFiresOnceWhenItReachesN() {
        AlertRule streakOfThree = new AlertRule(null, CHANNEL, RuleScope.ALL, null, EnumSet.of(EventKind.FAILURES_IN_ROW),
                null, false, 3);

        assertThat(kinds("FAILED", history("FAILED", 2), streakOfThree)).isEmpty();
        List<AlertEvent> third = AlertRules.decide(SampleRuns.task("FAILED"), history("FAILED", 3), List.of(streakOfThree));
        assertThat(third).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.FAILURES_IN_ROW);
            assertThat(event.streak()).isEqualTo(3);
        });
        assertThat(kinds("FAILED", history("FAILED", 4), streakOfThree)).isEmpty();
    }

    @Test
    void streakStandsForTheFailureItEndsWith() {
        AlertRule failureAndStreak = new AlertRule(null, CHANNEL, RuleScope.ALL, null,
                EnumSet.of(EventKind.FAILURE, EventKind.FAILURES_IN_ROW), null, false, 2);

        assertThat(kinds("FAILED", history("SUCCESS", 1), failureAndStreak)).containsExactly(EventKind.FAILURE);
        assertThat(kinds("TIMEOUT", history("FAILED", 2), failureAndStreak)).containsExactly(EventKind.FAILURES_IN_ROW);
    }

    @Test
    void longRunThresholdIsTheFixedLimitFirst() {
        AlertRule fixed = new AlertRule(null, CHANNEL, RuleScope.ALL, null, EnumSet.of(EventKind.LONG_RUN),
                Duration.ofMinutes(5), true, 0);

        assertThat(AlertRules.longRunThreshold(fixed, seconds(1, 2, 3, 4, 5, 6))).contains(Duration.ofMinutes(5));
    }

    @Test
    void longRunThresholdIsTheP95WhenThereAreFiveRunsOrMore() {
        AlertRule p95 = new AlertRule(null, CHANNEL, RuleScope.ALL, null, EnumSet.of(EventKind.LONG_RUN), null, true, 0);

        assertThat(AlertRules.longRunThreshold(p95, seconds(10, 20, 30, 40))).isEmpty();
        assertThat(AlertRules.longRunThreshold(p95, seconds(10, 50, 20, 40, 30))).contains(Duration.ofSeconds(50));
    }

    @Test
    void noLongRunThresholdWithoutTheLongEvent() {
        AlertRule notAsked = new AlertRule(null, CHANNEL, RuleScope.ALL, null, EnumSet.of(EventKind.FAILURE),
                Duration.ofMinutes(5), false, 0);

        assertThat(AlertRules.longRunThreshold(notAsked, List.of())).isEmpty();
    }

    private static List<EventKind> kinds(String status, HistoryFacts history, AlertRule rule) {
        return AlertRules.decide(SampleRuns.task(status), history, List.of(rule)).stream().map(AlertEvent::kind).toList();
    }

    private static HistoryFacts history(String previous, int badInRow) {
        return new HistoryFacts(previous, badInRow, List.of());
    }

    private static AlertRule rule(RuleScope scope, Long scopeId, Set<EventKind> events) {
        return new AlertRule(null, CHANNEL, scope, scopeId, events, null, false, 0);
    }

    static List<Duration> seconds(long... values) {
        List<Duration> durations = new java.util.ArrayList<>();
        for (long value : values) {
            durations.add(Duration.ofSeconds(value));
        }
        return Collections.unmodifiableList(durations);
    }
}
