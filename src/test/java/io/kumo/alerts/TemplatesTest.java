package io.kumo.alerts;

import static io.kumo.alerts.SampleRuns.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final String HOSTILE = "@all <!channel> [x](http://evil) ``` <img src=x onerror=alert(1)> **now**";

    @Test
    void defaultSubjectIsTheHeadline() {
        AlertMessage message = Templates.render(Templates.DEFAULT, AlertEvent.of(EventKind.FAILURE,
                SampleRuns.failedTask("Permission denied", List.of())), CONTEXT);

        assertThat(message.subject()).isEqualTo("✗ backup failed on build-01");
        assertThat(message.severity()).isEqualTo(Severity.FAILURE);
    }

    @Test
    void defaultBodyNamesStatusExitCodeDurationRunHostAndLink() {
        AlertMessage message = Templates.render(null, AlertEvent.of(EventKind.FAILURE,
                SampleRuns.failedTask("Permission denied", List.of("copying", "Permission denied"))), CONTEXT);

        assertThat(message.markdown()).contains("Status: FAILED", "Exit code: 2", "Duration: 4m 10s",
                "Error: Permission denied", "Run 42 on build-01", "kumo://run/42", "```\ncopying\nPermission denied\n```");
    }

    @Test
    void defaultBodyLeavesOutLinesWithoutValues() {
        AlertMessage message = Templates.render(null, AlertEvent.of(EventKind.SUCCESS, SampleRuns.task("SUCCESS")), CONTEXT);

        assertThat(message.markdown()).doesNotContain("Error:", "Failed steps:", "```").contains("Status: SUCCESS");
        assertThat(message.severity()).isEqualTo(Severity.SUCCESS);
    }

    @Test
    void headlineSaysWhatHappenedPerEvent() {
        RunFacts run = SampleRuns.task("FAILED");
        RunFacts missed = new RunFacts(null, null, 7L, null, 3L, "backup", "ops", "MISSED", null, null, null, null, 0, 3,
                List.of(), List.of());
        RunFacts running = new RunFacts(42L, null, 7L, null, 3L, "backup", "ops", "RUNNING", null, SampleRuns.START, null,
                null, 1, 0, List.of(), List.of());
        RenderContext twelveMinutesIn = new RenderContext("build-01", CONTEXT.zone(), SampleRuns.START.plusSeconds(720));

        assertThat(subject(AlertEvent.of(EventKind.TIMEOUT, run))).isEqualTo("⏱ backup timed out");
        assertThat(subject(AlertEvent.of(EventKind.RECOVERY, run))).isEqualTo("✓ backup recovered");
        assertThat(subject(AlertEvent.of(EventKind.SUCCESS, run))).isEqualTo("✓ backup succeeded");
        assertThat(subject(AlertEvent.of(EventKind.MISSED, missed))).isEqualTo("⚠ backup missed 3 runs");
        assertThat(subject(new AlertEvent(EventKind.FAILURES_IN_ROW, run, null, 3))).isEqualTo("✗ backup failed 3 times in a row");
        assertThat(Templates.render(null, new AlertEvent(EventKind.LONG_RUN, running, Duration.ofMinutes(5), 0), twelveMinutesIn)
                .subject()).isEqualTo("🐢 backup has run 12m (over 5m)");
        assertThat(subject(AlertEvent.of(EventKind.FAILURE, SampleRuns.failedWorkflow())))
                .isEqualTo("✗ workflow nightly failed (steps: load)");
    }

    @Test
    void workflowRunLinksToTheWorkflowRunAndListsFailedSteps() {
        AlertMessage message = Templates.render(new AlertTemplate("{{workflow}}", "{{link}} {{failed_steps}}"),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.failedWorkflow()), CONTEXT);

        assertThat(message.subject()).isEqualTo("nightly");
        assertThat(message.markdown()).isEqualTo("kumo://workflow-run/5 load");
        assertThat(message.details()).containsEntry("workflow", "nightly").containsEntry("workflow_run_id", "5")
                .doesNotContainKeys("task", "run_id");
    }

    @Test
    void variablesWithBlanksInsideBracesAreTheSameVariable() {
        AlertMessage message = Templates.render(new AlertTemplate("{{ task }} in {{project}}", "{{  status }}"),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.task("FAILED")), CONTEXT);

        assertThat(message.subject()).isEqualTo("backup in ops");
        assertThat(message.markdown()).isEqualTo("FAILED");
    }

    @Test
    void timesAreShownInTheContextsZone() {
        AlertMessage message = Templates.render(new AlertTemplate("x", "{{started}} / {{ended}}"),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.task("FAILED")), CONTEXT);

        assertThat(message.markdown()).isEqualTo("2026-03-10 09:00:00 / 2026-03-10 09:04:10");
    }

    @Test
    void hostileLogLineAndErrorCarryNoLiveMentionLinkOrTagInAnyRendering() {
        AlertMessage message = Templates.render(new AlertTemplate("{{error}}", "Error: {{error}}\n\n{{log_tail}}"),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.failedTask(HOSTILE, List.of(HOSTILE, "````", "done"))), CONTEXT);

        String slack = Rendering.slackMrkdwn(message.markdown());
        String telegram = Rendering.telegramHtml(message.markdown());
        String html = Rendering.html(message.markdown());
        assertThat(slack).doesNotContain("<!channel>", "<http", "<img");
        assertThat(telegram).doesNotContain("<a ", "<img", "<b>");
        assertThat(html).doesNotContain("<a ", "<img", "<strong>");
        assertThat(Rendering.plainText(message.markdown())).contains("Error: " + HOSTILE, HOSTILE + "\n````\ndone");
        assertThat(message.subject()).isEqualTo(HOSTILE);
    }

    @Test
    void logTailFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(Templates.fenced("a ```` b")).startsWith("`````\n").endsWith("\n`````");
        assertThat(Templates.fenced("plain")).isEqualTo("```\nplain\n```");
    }

    @Test
    void logTailInsideALineStillBecomesABlock() {
        AlertMessage message = Templates.render(new AlertTemplate("x", "Log: {{log_tail}} end"),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.failedTask(null, List.of("boom"))), CONTEXT);

        assertThat(Rendering.html(message.markdown())).contains("<pre><code>boom\n</code></pre>");
    }

    @Test
    void subjectIsOneLineOfAtMostTwoHundredCharacters() {
        AlertMessage message = Templates.render(new AlertTemplate("{{error}}\n{{log_tail}}", null),
                AlertEvent.of(EventKind.FAILURE, SampleRuns.failedTask("x".repeat(300), List.of("a", "last"))), CONTEXT);

        assertThat(message.subject()).doesNotContain("\n").hasSize(200).endsWith("…");
    }

    @Test
    void detailsCarryTheMachineReadableFacts() {
        AlertMessage message = Templates.render(null, AlertEvent.of(EventKind.FAILURE, SampleRuns.failedTask("e", List.of())), CONTEXT);

        assertThat(message.details()).containsEntry("event", "failure").containsEntry("run_id", "42")
                .containsEntry("task", "backup").containsEntry("project", "ops").containsEntry("status", "FAILED")
                .containsEntry("exit_code", "2").containsEntry("duration_ms", "250000").containsEntry("host", "build-01")
                .containsEntry("link", "kumo://run/42").doesNotContainKey("workflow");
    }

    @Test
    void unknownVariableIsRefusedWithTheKnownOnes() {
        assertThat(Templates.problem(new AlertTemplate("{{tsak}} failed", null)))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("subject: unknown variable {{tsak}}; known: headline, event, task"));
    }

    @Test
    void unclosedBraceIsRefused() {
        assertThat(Templates.problem(new AlertTemplate(null, "{{task} failed"))).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("body: unclosed {{"));
    }

    @Test
    void validTemplatesAndTheDefaultHaveNoProblem() {
        assertThat(Templates.problem(Templates.DEFAULT)).isEmpty();
        assertThat(Templates.problem(new AlertTemplate("{{ task }}: {{status}}", "plain { braces } are fine"))).isEmpty();
    }

    @Test
    void digestCountsHeldAndLostAlertsWithALinePerEvent() {
        List<AlertEvent> held = List.of(AlertEvent.of(EventKind.FAILURE, SampleRuns.failedTask(null, List.of())),
                AlertEvent.of(EventKind.TIMEOUT, SampleRuns.task("TIMEOUT")));

        AlertMessage digest = Templates.digest("ops-mail", held, 3, CONTEXT);

        assertThat(digest.subject()).isEqualTo("5 alerts held back");
        assertThat(digest.event()).isEqualTo(EventKind.DIGEST);
        assertThat(digest.severity()).isEqualTo(Severity.INFO);
        assertThat(Rendering.plainText(digest.markdown())).contains("- ✗ backup failed on build-01 · 2026-03-10 09:04:10",
                "- ⏱ backup timed out", "+3 lost");
    }

    @Test
    void testMessageNamesTheChannel() {
        AlertMessage test = Templates.test("ops-mail", CONTEXT);

        assertThat(test.subject()).contains("ops-mail");
        assertThat(test.event()).isEqualTo(EventKind.TEST);
        assertThat(test.severity()).isEqualTo(Severity.INFO);
        assertThat(Rendering.plainText(test.markdown())).contains("build-01", "ops-mail works");
    }

    @Test
    void everySubscribableEventHasASampleForThePreview() {
        for (EventKind kind : EventKind.SUBSCRIBABLE) {
            AlertMessage preview = Templates.render(null, SampleEvent.of(kind, CONTEXT.now()), CONTEXT);

            assertThat(preview.subject()).contains("backup");
            assertThat(preview.event()).isEqualTo(kind);
        }
    }

    private static String subject(AlertEvent event) {
        return Templates.render(null, event, CONTEXT).subject();
    }
}
