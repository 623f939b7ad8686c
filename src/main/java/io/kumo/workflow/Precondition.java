package io.kumo.workflow;

/**
 * Dagu's precondition: {@code condition} is expanded ({@code $VAR}, {@code ${VAR}}, and a backquoted command replaced
 * by what it prints) and compared with {@code expected} ({@code re:} starts a regular expression). Without
 * {@code expected} the condition is a command that must exit 0.
 */
public record Precondition(String condition, String expected) {
}
