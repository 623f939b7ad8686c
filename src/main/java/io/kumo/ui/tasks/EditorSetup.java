package io.kumo.ui.tasks;

import io.kumo.domain.Task;
import java.util.List;

/** What the editor opens with, read in the background: the task (null for a new one) and the choices it offers. */
record EditorSetup(Task task, List<Choice> projects, List<Choice> environments) {
}
