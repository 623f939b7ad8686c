package io.kumo.alerts;

import java.util.List;
import java.util.Optional;

/**
 * Subject and body templates: {@code {{variable}}} substitution, no logic. Values are escaped for Markdown (a log line
 * cannot add links or mentions); the log tail goes into a fenced block. Contract stub: the `rules` engineer fills it.
 */
public final class Templates {

    /** Every variable a template may use. */
    public static final List<String> VARIABLES = List.of("headline", "event", "task", "workflow", "project", "status",
            "exit_code", "duration", "error", "log_tail", "failed_steps", "run_id", "host", "link", "started", "ended",
            "attempt", "missed_fires", "threshold", "streak");

    /** What a channel without its own template sends: a subject such as "✗ backup failed on build-01" and a short body. */
    public static final AlertTemplate DEFAULT = new AlertTemplate("{{headline}}", "");

    private Templates() {
    }

    /** The message an event gives through a template (null parts take {@link #DEFAULT}'s). */
    public static AlertMessage render(AlertTemplate template, AlertEvent event, RenderContext context) {
        throw new UnsupportedOperationException();
    }

    /** One message summing up what the storm guard or quiet hours held back ({@code dropped} lost at the intake). */
    public static AlertMessage digest(String channelName, List<AlertEvent> held, int dropped, RenderContext context) {
        throw new UnsupportedOperationException();
    }

    /** "Send test": says which channel it is and that it works. */
    public static AlertMessage test(String channelName, RenderContext context) {
        throw new UnsupportedOperationException();
    }

    /** Why a template cannot be saved (an unknown {@code {{name}}}, an unclosed brace), or empty. */
    public static Optional<String> problem(AlertTemplate template) {
        throw new UnsupportedOperationException();
    }
}
