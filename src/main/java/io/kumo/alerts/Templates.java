package io.kumo.alerts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subject and body templates: {@code {{variable}}} substitution, no logic. Values are escaped for Markdown (a log line
 * cannot add links or mentions); the log tail goes into a fenced block. The subject is one line of plain text.
 */
public final class Templates {

    /** Every variable a template may use. */
    public static final List<String> VARIABLES = List.of("headline", "event", "task", "workflow", "project", "status",
            "exit_code", "duration", "error", "log_tail", "failed_steps", "run_id", "host", "link", "started", "ended",
            "attempt", "missed_fires", "threshold", "streak");

    /** What a channel without its own template sends: a subject such as "✗ backup failed on build-01" and a short body. */
    public static final AlertTemplate DEFAULT = new AlertTemplate("{{headline}}", """
            **{{headline}}**

            - Status: {{status}}
            - Exit code: {{exit_code}}
            - Duration: {{duration}}
            - Failed steps: {{failed_steps}}
            - Error: {{error}}
            - Run {{run_id}} on {{host}}
            - Open in Kumo: {{link}}

            {{log_tail}}
            """);

    /** The longest subject; a longer one is cut with "…". */
    public static final int SUBJECT_MAX = 200;

    private Templates() {
    }

    /** The message an event gives through a template (null parts take {@link #DEFAULT}'s). */
    public static AlertMessage render(AlertTemplate template, AlertEvent event, RenderContext context) {
        Map<String, String> values = TemplateValues.of(event, context);
        String subjectTemplate = template == null || template.subject() == null ? DEFAULT.subject() : template.subject();
        String bodyTemplate = template == null || template.body() == null ? DEFAULT.body() : template.body();
        String subject = subject(TemplateText.substitute(subjectTemplate, values, raw -> raw, "log_tail", Templates::lastLine));
        String body = TemplateText.substitute(bodyTemplate, values, Rendering::escape, "log_tail", Templates::fenced).strip();
        return new AlertMessage(subject.isEmpty() ? subject(values.get("headline")) : subject, body, event.kind(),
                severity(event.kind()), details(event, values, context));
    }

    /** One message summing up what the storm guard or quiet hours held back ({@code dropped} lost at the intake). */
    public static AlertMessage digest(String channelName, List<AlertEvent> held, int dropped, RenderContext context) {
        return DigestText.message(channelName, held, dropped, context);
    }

    /** "Send test": says which channel it is and that it works. */
    public static AlertMessage test(String channelName, RenderContext context) {
        String subject = subject("Kumo test message for " + channelName);
        String body = "**" + Rendering.escape(subject) + "**\n\nSent from " + Rendering.escape(context.host()) + " at "
                + Rendering.escape(TemplateValues.time(context.now(), context)) + ". If you read this, the channel "
                + Rendering.escape(channelName) + " works.";
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event", EventKind.TEST.word());
        details.put("channel", channelName);
        putIfPresent(details, "host", context.host());
        return new AlertMessage(subject, body, EventKind.TEST, Severity.INFO, details);
    }

    /** Why a template cannot be saved (an unknown {@code {{name}}}, an unclosed brace), or empty. */
    public static Optional<String> problem(AlertTemplate template) {
        if (template == null) {
            return Optional.empty();
        }
        return TemplateText.problem(template.subject(), VARIABLES)
                .map(problem -> "subject: " + problem)
                .or(() -> TemplateText.problem(template.body(), VARIABLES).map(problem -> "body: " + problem));
    }

    /** How a message of this event looks: failures red, long runs and missed fires amber, good news green. */
    public static Severity severity(EventKind kind) {
        return switch (kind) {
            case FAILURE, TIMEOUT, FAILURES_IN_ROW, NEW_ERROR -> Severity.FAILURE;
            case LONG_RUN, MISSED -> Severity.WARNING;
            case RECOVERY, SUCCESS -> Severity.SUCCESS;
            case DIGEST, TEST -> Severity.INFO;
        };
    }

    /** One line of plain text: line breaks and runs of blanks become one blank, at most {@link #SUBJECT_MAX} characters. */
    static String subject(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** Lines in a fenced block whose fence is longer than any backtick run inside, so no line can close it. */
    static String fenced(String text) {
        if (text.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static Map<String, String> details(AlertEvent event, Map<String, String> values, RenderContext context) {
        RunFacts facts = event.facts();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event", event.kind().word());
        putIfPresent(details, "run_id", facts.runId() == null ? null : facts.runId().toString());
        putIfPresent(details, "workflow_run_id", facts.workflowRunId() == null ? null : facts.workflowRunId().toString());
        for (String key : List.of("task", "workflow", "project", "status", "exit_code")) {
            putIfPresent(details, key, values.get(key));
        }
        Duration duration = facts.duration(context.now());
        putIfPresent(details, "duration_ms", duration == null ? null : Long.toString(duration.toMillis()));
        putIfPresent(details, "host", values.get("host"));
        putIfPresent(details, "link", values.get("link"));
        return details;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }
}
