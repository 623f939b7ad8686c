package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's filters: text over the visible fields, project, tag, status. */
class TaskFilterTest {

    private static TaskItem item(String name, String project, boolean enabled, RunStatus last, long running, String... tags) {
        return new TaskItem(1, name, null, "python main.py", project, "py312", "Every 5 minutes", true, enabled, null,
                last, null, 0, 0, running, List.of(tags));
    }

    @Test
    void everyWordOfTheTextMustMatchSomewhere() {
        TaskItem report = item("nightly-report", "sales", true, null, 0, "etl");

        assertThat(new TaskFilter("report etl", TaskFilter.ALL_PROJECTS, null, StatusFilter.ANY).test(report)).isTrue();
        assertThat(new TaskFilter("REPORT main.py", null, null, null).test(report)).isTrue();
        assertThat(new TaskFilter("report backup", null, null, null).test(report)).isFalse();
    }

    @Test
    void projectTagAndStatus() {
        TaskItem failed = item("a", null, true, RunStatus.FAILED, 0, "etl");
        TaskItem paused = item("b", "sales", false, RunStatus.SUCCESS, 1);

        assertThat(new TaskFilter("", TaskFilter.NO_PROJECT, null, null).test(failed)).isTrue();
        assertThat(new TaskFilter("", "sales", null, null).test(failed)).isFalse();
        assertThat(new TaskFilter("", null, "etl", null).test(paused)).isFalse();
        assertThat(StatusFilter.FAILED.matches(failed)).isTrue();
        assertThat(StatusFilter.PAUSED.matches(paused)).isTrue();
        assertThat(StatusFilter.RUNNING.matches(paused)).isTrue();
        assertThat(StatusFilter.NEVER_RUN.matches(item("c", null, true, null, 0))).isTrue();
        assertThat(TaskFilter.none().isEmpty()).isTrue();
    }

    @Test
    void aWordMatchesWithinOneFieldNeverAcrossTwo() {
        TaskItem report = item("nightly", "sales", true, null, 0);

        // "nightly" ends the name and "python" starts the command: searched field by field, "lypy" is in neither
        assertThat(new TaskFilter("lypy", null, null, null).test(report)).isFalse();
        assertThat(new TaskFilter("lypy", null, null, null).matcher().test(report, TaskFilter.searchText(report))).isFalse();
        assertThat(new TaskFilter("ghtly py312", null, null, null).matcher().test(report, TaskFilter.searchText(report))).isTrue();
    }
}
