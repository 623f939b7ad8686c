package io.kumo.ui.tasks;

import io.kumo.domain.Task;
import java.util.List;

/**
 * What the editor opens with, read in the background: the task (null for a new one), the choices it offers, and for a
 * new task the values another pane prefilled (null: none).
 */
record EditorSetup(Task task, List<Choice> projects, List<Choice> environments, TaskPrefill prefill) {

    EditorSetup(Task task, List<Choice> projects, List<Choice> environments) {
        this(task, projects, environments, null);
    }
}
