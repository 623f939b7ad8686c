package io.kumo.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after an action; {@code null} on the side where it did not exist. */
public record FieldChange(String field, Object before, Object after) {

    /** The fields whose values differ, in the order of {@code after} (then any only in {@code before}). */
    public static Map<String, FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(display(old), display(value))) {
                changes.put(field, new FieldChange(field, display(old), display(value)));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field) && old != null) {
                changes.put(field, new FieldChange(field, display(old), null));
            }
        });
        return changes;
    }

    /** Values are recorded as text (enums by name, instants in ISO-8601), so the log reads the same in every version. */
    private static Object display(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        return value.toString();
    }
}
