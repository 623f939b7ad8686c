package io.kumo.ui.tasks;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the task table shows: free text (name, command, description, project, environment, trigger, tags), a project
 * ({@link #ALL_PROJECTS}, {@link #NO_PROJECT} or a name), a tag (null for any) and a status.
 */
public record TaskFilter(String text, String project, String tag, StatusFilter status) implements Predicate<TaskItem> {

    public static final String ALL_PROJECTS = "All projects";
    public static final String NO_PROJECT = "No project";
    public static final String ALL_TAGS = "All tags";

    public static TaskFilter none() {
        return new TaskFilter("", ALL_PROJECTS, ALL_TAGS, StatusFilter.ANY);
    }

    public boolean isEmpty() {
        return blank(text) && allProjects() && allTags() && (status == null || status == StatusFilter.ANY);
    }

    @Override
    public boolean test(TaskItem item) {
        return matchesProject(item) && matchesTag(item) && (status == null || status.matches(item)) && matchesText(item);
    }

    private boolean matchesProject(TaskItem item) {
        if (allProjects()) {
            return true;
        }
        return NO_PROJECT.equals(project) ? item.projectName() == null : project.equals(item.projectName());
    }

    private boolean matchesTag(TaskItem item) {
        return allTags() || item.tags().contains(tag);
    }

    private boolean matchesText(TaskItem item) {
        if (blank(text)) {
            return true;
        }
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!contains(item.name(), word) && !contains(item.command(), word) && !contains(item.description(), word)
                    && !contains(item.projectName(), word) && !contains(item.environmentName(), word)
                    && !contains(item.trigger(), word) && item.tags().stream().noneMatch(tag -> contains(tag, word))) {
                return false;
            }
        }
        return true;
    }

    private boolean allProjects() {
        return project == null || ALL_PROJECTS.equals(project);
    }

    private boolean allTags() {
        return tag == null || ALL_TAGS.equals(tag);
    }

    private static boolean contains(String value, String lowerWord) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerWord);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
