package io.kumo.datacheck;

import java.util.List;

/** One kind of leftover the data check found, with the items (names or paths) it concerns. */
public record Finding(Kind kind, List<String> items) {

    public enum Kind {
        RUNS_WITHOUT_TASK("Runs whose task is gone"),
        LOGS_WITHOUT_RUN("Log files with no run"),
        PROJECTS_WITHOUT_FOLDER("Projects whose folder vanished"),
        ENVIRONMENTS_WITHOUT_INTERPRETER("Environments whose interpreter vanished");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
