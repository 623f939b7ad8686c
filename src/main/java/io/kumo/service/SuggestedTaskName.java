package io.kumo.service;

import java.util.List;

/**
 * A task name for a project's suggested command: the project's name and what the command runs ("crawler quotes" for
 * {@code scrapy crawl quotes}, "crawler main" for {@code python main.py}), within the task name rule.
 */
public final class SuggestedTaskName {

    private SuggestedTaskName() {
    }

    public static String of(String projectName, String command) {
        List<String> words = List.of(command.strip().split("\\s+")).stream()
                .filter(word -> !word.startsWith("-") && !word.isBlank()).toList();
        String last = words.isEmpty() ? "" : words.getLast();
        String subject = last.replaceFirst(".*[/\\\\]", "").replaceFirst("(?i)\\.py$", "");
        if (words.size() < 2 || subject.equals(".") || subject.isBlank()) {
            subject = words.isEmpty() ? "" : words.getFirst(); // a bare program: its own name
        }
        String name = (clean(projectName) + " " + clean(subject)).strip();
        if (name.length() > TaskRules.NAME_MAX) {
            name = clean(name.substring(0, TaskRules.NAME_MAX)); // a cut must not end the name in '-' or '.'
        }
        return name.isEmpty() ? "task" : name;
    }

    private static String clean(String text) {
        return text.replaceAll("[^\\p{L}\\p{N} ._-]+", "-").replaceAll("^[-.\\s]+|[-.\\s]+$", "");
    }
}
