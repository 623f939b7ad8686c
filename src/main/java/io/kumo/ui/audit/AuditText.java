package io.kumo.ui.audit;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.FieldChange;
import io.kumo.settings.Settings;
import io.kumo.ui.common.DisplayTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How audit entries read on screen: words for actions, fields and values ("Project: none → quotes"), never the keys
 * they are stored under (which stay stable: they are data, and the CSV export keeps them, see {@link #rawChanges}).
 */
public final class AuditText {

    /** Shown for the side of a change where the field had no value. */
    public static final String NONE = "none";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Fields that hold an enum's name (a name or a command in capitals stays as it is). */
    private static final Pattern CODE_FIELD = Pattern.compile(".*(Type|Policy|Backoff|Kind|Mode|Status|State|priority|role|theme)");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|_");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("projectId", "Project"), Map.entry("environmentId", "Environment"),
            Map.entry("useShell", "Run in a shell"), Map.entry("workDir", "Working directory"),
            Map.entry("triggerType", "Schedule"), Map.entry("cronExpression", "Cron expression"),
            Map.entry("intervalSeconds", "Interval (s)"), Map.entry("anchorAt", "Interval starts at"),
            Map.entry("runAt", "Runs at"), Map.entry("timeZone", "Time zone"), Map.entry("timeoutSeconds", "Timeout (s)"),
            Map.entry("retryDelaySeconds", "Retry delay (s)"), Map.entry("retryBackoff", "Retry backoff"),
            Map.entry("environmentVariables", "Environment variables"), Map.entry("overlapPolicy", "When still running"),
            Map.entry("misfirePolicy", "Missed runs"), Map.entry("notify", "Notifications"),
            Map.entry("node_labels", "Node labels"), Map.entry("limits", "Resource limits"));

    private AuditText() {
    }

    public static String time(AuditEntry entry) {
        return DisplayTime.system().dateTime(entry.occurredAt());
    }

    /** SETTINGS_CHANGE reads as "Settings change"; empty stays empty. */
    public static String readable(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What happened, in words: "Update", "Scheduler paused" (a pause is stored as a change of its setting). */
    public static String action(AuditEntry entry) {
        if (AuditAction.SETTINGS_CHANGE.name().equals(entry.action()) && "SETTING".equals(entry.targetType())
                && Settings.SCHEDULER_PAUSED.key().equals(entry.targetId()) && !entry.changes().isEmpty()) {
            return Boolean.parseBoolean(String.valueOf(entry.changes().getFirst().after())) ? "Scheduler paused" : "Scheduler resumed";
        }
        return readable(entry.action());
    }

    /** "Project: none → quotes; Command: a → b". */
    public static String changes(AuditEntry entry, AuditNames names) {
        return entry.changes().stream().map(change -> field(entry, change) + ": " + value(change.field(), change.before(), names)
                + " → " + value(change.field(), change.after(), names)).collect(Collectors.joining("; "));
    }

    /** The changes on one line, for a table row: a multi-line value (a workflow's YAML) reads in the entry's details. */
    public static String changesInOneLine(AuditEntry entry, AuditNames names) {
        return changes(entry, names).replaceAll("\\s*\\R\\s*", " ");
    }

    /** The changes as stored, "projectId: ∅ → 1", for the CSV export that tools read. */
    public static String rawChanges(AuditEntry entry) {
        return entry.changes().stream().map(change -> change.field() + ": " + raw(change.before()) + " → " + raw(change.after()))
                .collect(Collectors.joining("; "));
    }

    /** A field's label: a setting's own label, "Project" for projectId, "Cron expression", "Name"... */
    public static String field(AuditEntry entry, FieldChange change) {
        if ("SETTING".equals(entry.targetType()) && change.field().equals(entry.targetId()) && entry.targetName() != null) {
            return entry.targetName();
        }
        String label = FIELDS.get(change.field());
        return label != null ? label : readable(WORD_START.matcher(change.field()).replaceAll(" "));
    }

    /** A value in words: names for ids, Yes/No, "Interval" for INTERVAL, local times for stored instants. */
    public static String value(String field, Object value, AuditNames names) {
        if (value == null) {
            return NONE;
        }
        String name = names.name(field, value);
        if (name != null) {
            return name;
        }
        String text = value.toString();
        if (value instanceof Boolean || text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text) ? "Yes" : "No";
        }
        if (CODE_FIELD.matcher(field).matches() && CODE.matcher(text).matches()) {
            return readable(text);
        }
        if (field.endsWith("At")) {
            try {
                return DisplayTime.system().dateTime(Instant.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        return text;
    }

    private static String raw(Object value) {
        return value == null ? "∅" : value.toString();
    }

    /** "Task alpha", or the type alone when the entry names no target. */
    public static String target(AuditEntry entry) {
        String type = readable(entry.targetType());
        return entry.targetName() == null || entry.targetName().isBlank() ? type : type + " " + entry.targetName();
    }
}
