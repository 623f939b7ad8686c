package io.kumo.ui.insights.trends;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trends tab's state on a real core, its background work on the calling thread. */
class TrendsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aTaskAskedForBeforeTheListIsReadIsChosenOnceItIsAndItsInsightsLoad() {
        try (KumoCore core = TestCores.open(dir)) {
            Task wanted = core.tasks().create(new Task("nightly", "true"));
            core.tasks().create(new Task("hourly", "true"));
            TrendsViewModel model = new TrendsViewModel(core.taskInsights(), () -> core.taskService().list().stream()
                    .map(task -> new TaskChoice(task.getId(), task.getName())).toList(), new SameThreadBackground(), ZoneOffset.UTC);

            model.showTask(wanted.getId());
            assertThat(model.taskProperty().get()).isNull();
            model.refreshTasks();

            assertThat(model.taskProperty().get()).isEqualTo(new TaskChoice(wanted.getId(), "nightly"));
            assertThat(model.insightsProperty().get().taskName()).isEqualTo("nightly");
            assertThat(model.messageProperty().get()).isEqualTo("No runs yet in this window.");
            model.daysProperty().set(0);
            assertThat(model.insightsProperty().get().days()).isZero();
            model.searchProperty().set("HOUR");
            assertThat(model.tasks()).extracting(TaskChoice::name).containsExactly("hourly");
        }
    }
}
