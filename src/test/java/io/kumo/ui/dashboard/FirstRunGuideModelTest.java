package io.kumo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import io.kumo.ui.dashboard.FirstRunState.Step;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run guide's steps follow what a real store holds: projects, environments, tasks. */
class FirstRunGuideModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    FirstRunGuideModel guide;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        guide = new FirstRunGuideModel(() -> new FirstRunState(core.projects().count() > 0,
                core.environments().count() > 0, core.tasks().count() > 0), new SameThreadBackground());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anEmptyStoreShowsEveryStepToDoAndStartsWithTheProject() {
        guide.reload();

        FirstRunState state = guide.stateProperty().get();
        assertThat(state.guideShown()).isTrue();
        assertThat(Step.values()).noneMatch(state::done);
        assertThat(state.next()).isEqualTo(Step.IMPORT_PROJECT);
    }

    @Test
    void anImportedProjectIsDoneAndTheEnvironmentComesNext() {
        core.projects().create(new Project("crawler", dir.resolve("crawler").toString()));

        guide.reload();

        FirstRunState state = guide.stateProperty().get();
        assertThat(state.done(Step.IMPORT_PROJECT)).isTrue();
        assertThat(state.done(Step.CREATE_ENVIRONMENT)).isFalse();
        assertThat(state.next()).isEqualTo(Step.CREATE_ENVIRONMENT);
    }

    @Test
    void aStepSkippedStaysToDoWhileALaterOneIsDone() {
        core.environments().create(new PythonEnvironment("py", EnvironmentKind.SYSTEM, "/usr/bin/python3", EnvironmentState.READY));

        guide.reload();

        FirstRunState state = guide.stateProperty().get();
        assertThat(state.done(Step.CREATE_ENVIRONMENT)).isTrue();
        assertThat(state.next()).isEqualTo(Step.IMPORT_PROJECT);
    }

    @Test
    void theGuideGoesOnceATaskExists() {
        guide.reload();
        assertThat(guide.stateProperty().get().guideShown()).isTrue();

        core.tasks().create(new Task("hello", "python3 -c pass"));
        guide.reload();

        assertThat(guide.stateProperty().get().guideShown()).isFalse();
    }

    @Test
    void beforeTheFirstReadTheGuideIsHidden() {
        assertThat(guide.stateProperty().get().guideShown()).isFalse();
    }
}
