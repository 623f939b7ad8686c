package io.kumo.alerts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The raw (unescaped) value of every template variable for one event; "" where the run has none. */
final class TemplateValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TemplateValues() {
    }

    static Map<String, String> of(AlertEvent event, RenderContext context) {
        RunFacts facts = event.facts();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("headline", headline(event, context));
        values.put("event", event.kind().word());
        values.put("task", facts.isWorkflow() ? "" : text(facts.name()));
        values.put("workflow", facts.isWorkflow() ? text(facts.name()) : "");
        values.put("project", text(facts.projectName()));
        values.put("status", text(facts.status()));
        values.put("exit_code", facts.exitCode() == null ? "" : facts.exitCode().toString());
        values.put("duration", HumanDuration.format(facts.duration(context.now())));
        values.put("error", text(facts.error()));
        values.put("log_tail", String.join("\n", facts.logTail()));
        values.put("failed_steps", String.join(", ", facts.failedSteps()));
        values.put("run_id", runId(facts));
        values.put("host", text(context.host()));
        values.put("link", link(facts));
        values.put("started", time(facts.startedAt(), context));
        values.put("ended", time(facts.endedAt(), context));
        values.put("attempt", facts.attempt() > 0 ? Integer.toString(facts.attempt()) : "");
        values.put("missed_fires", facts.missedFires() > 0 ? Integer.toString(facts.missedFires()) : "");
        values.put("threshold", HumanDuration.format(event.threshold()));
        values.put("streak", event.streak() > 0 ? Integer.toString(event.streak()) : "");
        return values;
    }

    /** One line saying what happened: "✗ backup failed on build-01", "🐢 backup has run 12m (over 5m)". */
    static String headline(AlertEvent event, RenderContext context) {
        RunFacts facts = event.facts();
        String who = facts.isWorkflow() ? "workflow " + text(facts.name()) : text(facts.name());
        return switch (event.kind()) {
            case FAILURE -> failure(who, facts.failedSteps(), context.host());
            case TIMEOUT -> "⏱ " + who + " timed out";
            case RECOVERY -> "✓ " + who + " recovered";
            case SUCCESS -> "✓ " + who + " succeeded";
            case MISSED -> {
                int missed = Math.max(1, facts.missedFires());
                yield "⚠ " + who + " missed " + missed + (missed == 1 ? " run" : " runs");
            }
            case LONG_RUN -> "🐢 " + who + " has run " + HumanDuration.format(facts.duration(context.now()))
                    + (event.threshold() == null ? "" : " (over " + HumanDuration.format(event.threshold()) + ")");
            case FAILURES_IN_ROW -> "✗ " + who + " failed " + event.streak() + " times in a row";
            case NEW_ERROR -> "🆕 New error in " + who + (facts.error() == null ? "" : ": " + facts.error());
            case DIGEST, TEST -> "ℹ " + who;
        };
    }

    /** The run's place in Kumo: {@code kumo://run/<id>} or {@code kumo://workflow-run/<id>}; "" when it has no id. */
    static String link(RunFacts facts) {
        if (facts.isWorkflow()) {
            return "kumo://workflow-run/" + facts.workflowRunId();
        }
        return facts.runId() == null ? "" : "kumo://run/" + facts.runId();
    }

    static String time(Instant instant, RenderContext context) {
        return instant == null ? "" : TIME.format(instant.atZone(context.zone()));
    }

    private static String failure(String who, List<String> failedSteps, String host) {
        if (!failedSteps.isEmpty()) {
            return "✗ " + who + " failed (steps: " + String.join(", ", failedSteps) + ")";
        }
        return "✗ " + who + " failed" + (host == null || host.isBlank() ? "" : " on " + host);
    }

    private static String runId(RunFacts facts) {
        Long id = facts.isWorkflow() ? facts.workflowRunId() : facts.runId();
        return id == null ? "" : id.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
