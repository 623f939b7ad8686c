package io.kumo.ui.tasks;

/**
 * What a new task's editor opens with when another pane starts it (a project's suggested command): a name, the
 * project, its environment (null: none) and the command; run on demand until the user picks a schedule.
 */
public record TaskPrefill(String name, Long projectId, Long environmentId, String command) {
}
