package io.kumo.ui.audit;

import io.kumo.ui.common.DisplayTime;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.FieldChange;
import java.util.Locale;
import java.util.stream.Collectors;

/** How audit entries read on screen and in exports. */
public final class AuditText {

    /** Shown for the side of a change where the field had no value. */
    public static final String NONE = "∅";


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

    /** "schedule: *&#47;5 * * * * → 0 * * * *" for each changed field, separated by "; ". */
    public static String changes(AuditEntry entry) {
        return entry.changes().stream().map(AuditText::change).collect(Collectors.joining("; "));
    }

    public static String change(FieldChange change) {
        return change.field() + ": " + value(change.before()) + " → " + value(change.after());
    }

    public static String value(Object value) {
        return value == null ? NONE : value.toString();
    }

    /** "Task alpha", or the type alone when the entry names no target. */
    public static String target(AuditEntry entry) {
        String type = readable(entry.targetType());
        return entry.targetName() == null || entry.targetName().isBlank() ? type : type + " " + entry.targetName();
    }
}
