package io.kumo.template;

import io.kumo.domain.PythonEnvironment;

/**
 * What the user asked for: a project {@code name} from template {@code templateId}; with {@code withTasks}, its
 * suggested tasks too, enabled only when {@code enableTasks} (else they wait, paused, until the user enables them);
 * with an {@code environment}, the tasks run in it and the template's requirements are installed there.
 */
public record NewProject(String name, String templateId, boolean withTasks, boolean enableTasks, PythonEnvironment environment) {
}
