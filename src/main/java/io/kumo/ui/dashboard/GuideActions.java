package io.kumo.ui.dashboard;

/** Where the first-run guide's steps send the user: the dialog that does the step, on its pane. */
public record GuideActions(Runnable importProject, Runnable createEnvironment, Runnable addTask) {

    public static final GuideActions NONE = new GuideActions(() -> { }, () -> { }, () -> { });

    Runnable of(FirstRunState.Step step) {
        return switch (step) {
            case IMPORT_PROJECT -> importProject;
            case CREATE_ENVIRONMENT -> createEnvironment;
            case ADD_TASK -> addTask;
        };
    }
}
