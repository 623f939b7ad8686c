package io.kumo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview tab's state on a real store; reads run on the FX thread itself (same-thread background). */
class DashboardViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    final List<Throwable> errors = new ArrayList<>();
    DashboardViewModel dashboard;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the elapsed-time ticker is a Timeline
    }

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir);
        dashboard = onFx(() -> new DashboardViewModel(new DashboardServices(core.dashboard(), Optional::empty, core.tasks(),
                core.projects(), core.clock()), new SameThreadBackground(), errors::add));
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            dashboard.deactivate();
            return null;
        });
        core.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void theCardsFollowTheChosenProject() throws Exception {
        Project etl = core.projects().create(new Project("etl", dir.resolve("etl").toString()));
        task("load", etl.getId());
        task("other", null);
        task("third", null);

        long all = onFx(() -> {
            dashboard.activate();
            return dashboard.snapshotProperty().get().cards().tasksTotal();
        });
        long inEtl = onFx(() -> {
            dashboard.projectProperty().set(dashboard.projects().get(1));
            return dashboard.snapshotProperty().get().cards().tasksTotal();
        });

        assertThat(all).isEqualTo(3);
        assertThat(inEtl).isEqualTo(1);
        assertThat(onFx(() -> dashboard.loadedProperty().get())).isTrue();
    }

    @Test
    void aDeletedProjectFallsBackToAllProjects() throws Exception {
        Project etl = core.projects().create(new Project("etl", dir.resolve("etl").toString()));
        onFx(() -> {
            dashboard.activate();
            dashboard.projectProperty().set(dashboard.projects().get(1));
            return null;
        });

        core.projects().delete(etl.getId());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> dashboard.projectProperty().get())).isEqualTo(ProjectChoice.ALL);
        assertThat(onFx(() -> List.copyOf(dashboard.projects()))).containsExactly(ProjectChoice.ALL);
    }

    private void task(String name, Long projectId) {
        Task task = new Task(name, "true");
        task.setProjectId(projectId);
        core.tasks().create(task);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
