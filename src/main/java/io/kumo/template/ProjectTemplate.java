package io.kumo.template;

import java.util.List;

/**
 * A built-in starting point for a project: its files (paths relative to the project root, README.md and
 * requirements.txt among them) and the tasks it suggests.
 */
public record ProjectTemplate(String id, String title, String description, List<String> files, List<SuggestedTask> tasks) {

    public ProjectTemplate {
        files = List.copyOf(files);
        tasks = List.copyOf(tasks);
    }
}
