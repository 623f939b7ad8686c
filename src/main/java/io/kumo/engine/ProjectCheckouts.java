package io.kumo.engine;

import io.kumo.domain.Project;

/**
 * What happens to a task's project checkout just before its run starts: a Git project that pulls before each run
 * pulls, and the run records the commit it runs on. It never stops the run: a pull that fails or is refused leaves the
 * checkout as it was and says why in the run's log.
 */
public interface ProjectCheckouts {

    /** The commit the run will run on (null: not a Git project) and a note for the run's start line (empty: none). */
    record Checkout(String commit, String note) {
        public static final Checkout NONE = new Checkout(null, "");
    }

    ProjectCheckouts NONE = project -> Checkout.NONE;

    /** Called on a launching worker before the run's launch is prepared; must not throw. */
    Checkout beforeRun(Project project);
}
