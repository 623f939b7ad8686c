package io.kumo.service;

import io.kumo.common.NameRule;

/**
 * The task name rule ({@link NameRule}): 1 to {@value TaskRules#NAME_MAX} letters, digits, spaces and {@code . _ -},
 * not starting or ending with a space, and not {@code .} or {@code ..}; a name also names the task's output folder.
 */
public final class TaskNames {

    static final String RULE = NameRule.rule(TaskRules.NAME_MAX);

    private TaskNames() {
    }

    public static void check(String name) {
        NameRule.check(name, TaskRules.NAME_MAX);
    }

    /** The name with its control characters written as escapes, safe to print on one line. */
    static String escaped(String name) {
        return NameRule.escaped(name);
    }
}
