package io.kumo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.FxThread;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        FxThread.start(); // the elapsed-time ticker is a Timeline
    }

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir);
        DashboardServices services = new DashboardServices(core.dashboard(), Optional::empty, core.tasks(), core.projects(),
                core.clock());
        dashboard = FxThread.call(() -> new DashboardViewModel(services, new SameThreadBackground(), errors::add));
    }

    @AfterEach
    void close() throws Exception {
        FxThread.call(() -> {
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

        long all = FxThread.call(() -> {
            dashboard.activate();
            return dashboard.snapshotProperty().get().cards().tasksTotal();
        });
        long inEtl = FxThread.call(() -> {
            dashboard.projectProperty().set(dashboard.projects().get(1));
            return dashboard.snapshotProperty().get().cards().tasksTotal();
        });

        assertThat(all).isEqualTo(3);
        assertThat(inEtl).isEqualTo(1);
        assertThat(FxThread.call(() -> dashboard.loadedProperty().get())).isTrue();
    }

    @Test
    void aDeletedProjectFallsBackToAllProjects() throws Exception {
        Project etl = core.projects().create(new Project("etl", dir.resolve("etl").toString()));
        FxThread.call(() -> {
            dashboard.activate();
            dashboard.projectProperty().set(dashboard.projects().get(1));
            return null;
        });

        core.projects().delete(etl.getId());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxThread.call(() -> dashboard.projectProperty().get())).isEqualTo(ProjectChoice.ALL);
        assertThat(FxThread.call(() -> List.copyOf(dashboard.projects()))).containsExactly(ProjectChoice.ALL);
    }

    private void task(String name, Long projectId) {
        Task task = new Task(name, "true");
        task.setProjectId(projectId);
        core.tasks().create(task);
    }
}
