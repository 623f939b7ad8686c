package io.kumo.ui.tasks;

/**
 * A project or environment offered in the editor: its id (null for "none"), its name, and a detail (a project's
 * work folder, an environment's Python version).
 */
public record Choice(Long id, String name, String detail) {

    public boolean isNone() {
        return id == null;
    }

    @Override
    public String toString() {
        return detail == null || detail.isBlank() ? name : name + "  (" + detail + ")";
    }
}
