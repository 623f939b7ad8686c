package io.kumo.ui.dashboard;

import java.util.List;

/** What a new user has set up so far: the first-run guide's steps and whether it shows at all follow from it. */
public record FirstRunState(boolean hasProject, boolean hasEnvironment, boolean hasTask) {

    /** Nothing known yet (before the first read): the guide stays hidden rather than flash at a user with tasks. */
    public static final FirstRunState UNKNOWN = new FirstRunState(true, true, true);

    public enum Step {
        IMPORT_PROJECT("Import a project", "A folder of Python code: import a ZIP or link a folder you already have."),
        CREATE_ENVIRONMENT("Create an environment", "A virtual environment for the project's packages, kept apart from the system's."),
        ADD_TASK("Add a task", "A command of the project, run on a schedule or when you click Run now.");

        private final String title;
        private final String explanation;

        Step(String title, String explanation) {
            this.title = title;
            this.explanation = explanation;
        }

        public String title() { return title; }
        public String explanation() { return explanation; }
        public int number() { return ordinal() + 1; }
    }

    /** The guide shows until the first task exists. */
    public boolean guideShown() {
        return !hasTask;
    }

    public boolean done(Step step) {
        return switch (step) {
            case IMPORT_PROJECT -> hasProject;
            case CREATE_ENVIRONMENT -> hasEnvironment;
            case ADD_TASK -> hasTask;
        };
    }

    /** The first step not done: the one the guide highlights (null once all are done). */
    public Step next() {
        return List.of(Step.values()).stream().filter(step -> !done(step)).findFirst().orElse(null);
    }
}
