package io.kumo.ui.tasks;

/**
 * What a new task's editor opens with when another pane starts it (a project's suggested command): a name, the
 * project, its environment (null: none) and the command. The user reviews and saves it as any new task.
 */
public record TaskPrefill(String name, Long projectId, Long environmentId, String command) {
}
