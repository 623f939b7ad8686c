package io.kumo.ui.audit;

import java.util.Map;

/**
 * The names behind the ids an audit entry stores ("projectId: 1"), read with the entries so that the pane shows
 * "Project: quotes". An id whose row is gone reads as "#1".
 */
public record AuditNames(Map<Long, String> projects, Map<Long, String> environments) {

    public static final AuditNames NONE = new AuditNames(Map.of(), Map.of());

    /** The name for {@code value} when {@code field} holds an id we can resolve, else null. */
    String name(String field, Object value) {
        Map<Long, String> names = switch (field) {
            case "projectId" -> projects;
            case "environmentId" -> environments;
            default -> null;
        };
        if (names == null || value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.toString());
            return names.getOrDefault(id, "#" + id);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
