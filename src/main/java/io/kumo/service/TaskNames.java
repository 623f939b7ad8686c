package io.kumo.service;

import io.kumo.common.NameRule;

/**
 * The task name rule ({@link NameRule}): 1 to {@value TaskRules#NAME_MAX} letters, digits, spaces and {@code . _ -},
 * not starting or ending with a space, and not {@code .} or {@code ..}; a name also names the task's output folder.
 */
public final class TaskNames {

    private TaskNames() {
    }

    public static void check(String name) {
        NameRule.check(name, TaskRules.NAME_MAX);
    }
}
