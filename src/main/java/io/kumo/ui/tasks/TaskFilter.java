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
        return matcher().test(item, searchText(item));
    }

    /** This filter with its words read once, to test many rows. */
    public Matcher matcher() {
        return new Matcher(this, blank(text) ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /**
     * The fields the free text searches (name, command, description, project, environment, trigger, tags), in lower
     * case, one per line: a word never holds a line break, so it matches within one field, as field by field.
     */
    public static String searchText(TaskItem item) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {item.name(), item.command(), item.description(), item.projectName(),
                item.environmentName(), item.trigger()}) {
            if (field != null) {
                text.append(field.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        item.tags().forEach(tag -> text.append(tag.toLowerCase(Locale.ROOT)).append('\n'));
        return text.toString();
    }

    /** A filter ready to test rows: its free text split into lower-case words once. */
    public static final class Matcher {
        private final TaskFilter filter;
        private final String[] words;

        private Matcher(TaskFilter filter, String[] words) {
            this.filter = filter;
            this.words = words;
        }

        /** @param searchText {@link #searchText(TaskItem)} of the item, which a row keeps while its item stays */
        public boolean test(TaskItem item, String searchText) {
            if (!filter.matchesProject(item) || !filter.matchesTag(item) || (filter.status != null && !filter.status.matches(item))) {
                return false;
            }
            for (String word : words) {
                if (!searchText.contains(word)) {
                    return false;
                }
            }
            return true;
        }
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

    private boolean allProjects() {
        return project == null || ALL_PROJECTS.equals(project);
    }

    private boolean allTags() {
        return tag == null || ALL_TAGS.equals(tag);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
