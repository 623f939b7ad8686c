package io.kumo.reports;

import java.util.List;

/** A task as a report names and selects it. {@code project} is the project's name, or null. */
record SelectedTask(long id, String name, Long projectId, String project, List<String> tags) {
}
