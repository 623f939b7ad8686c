package io.kumo.audit;

import java.time.Instant;
import java.util.List;

/** A read view of an audit event with its field changes decoded. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
                         String targetName, List<FieldChange> changes, String note) {

    /** "field: before → after" for each change, for lists and tooltips. */
    public String changesSummary() {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(change.field()).append(": ").append(show(change.before())).append(" → ").append(show(change.after()));
        }
        if (note != null && !note.isBlank()) {
            text.append(text.isEmpty() ? "" : "; ").append(note);
        }
        return text.toString();
    }

    private static String show(Object value) {
        return value == null ? "∅" : value.toString();
    }
}
