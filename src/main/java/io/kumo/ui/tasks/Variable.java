package io.kumo.ui.tasks;

/** One of a task's own environment variables, as typed in the editor. */
public record Variable(String name, String value) {
}
