package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.project.ProjectDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run of a program missing from a real venv: its error names the environment and the project's requirements. */
class MissingProgramRunTest {

    private static final String PROGRAM = "kumo-missing-tool";

    @TempDir
    Path dir;
    EngineFixture kumo;
    PythonEnvironment venv;
    Path projectRoot;

    @BeforeEach
    void start() throws Exception {
        Path location = dir.resolve("venvs/scraper");
        Process create = new ProcessBuilder("python3", "-m", "venv", "--without-pip", location.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(create.waitFor(120, TimeUnit.SECONDS) && create.exitValue() == 0,
                "python3 -m venv is not available here");
        kumo = new EngineFixture(dir.resolve("data"), Instant.now());
        PythonEnvironment environment = new PythonEnvironment("scraper", EnvironmentKind.VENV,
                location.resolve("bin/python").toString(), EnvironmentState.READY);
        environment.setLocation(location.toString());
        venv = kumo.core.environments().create(environment);
        projectRoot = Files.createDirectories(dir.resolve("crawler"));
    }

    @AfterEach
    void stop() {
        if (kumo != null) {
            kumo.close();
        }
    }

    @Test
    void errorNamesTheEnvironmentAndTheRequirementsThatListTheProgram() throws Exception {
        Files.writeString(projectRoot.resolve("requirements.txt"), "# tools\nrequests>=2\nKumo_Missing.Tool==1.0  # the crawler\n");
        Task task = taskInProject(PROGRAM + " crawl");

        Run run = kumo.runToEnd(task);

        assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(run.getError()).contains("cannot start '" + PROGRAM + "'", "environment 'scraper'", venv.getLocation(),
                "requirements.txt lists it", "install the requirements into 'scraper'");
        MissingProgram advice = advisor().advise(task.getId(), run.getError()).orElseThrow();
        assertThat(advice.program()).isEqualTo(PROGRAM);
        assertThat(advice.environment().getId()).isEqualTo(venv.getId());
        assertThat(advice.requirementsFile()).isEqualTo("requirements.txt");
        assertThat(advice.listed()).isTrue();
        assertThat(advice.installable()).isTrue();
    }

    @Test
    void requirementsThatDoNotNameTheProgramMayStillProvideIt() throws Exception {
        Files.writeString(projectRoot.resolve("requirements.txt"), "requests>=2\n");
        Task task = taskInProject(PROGRAM);

        Run run = kumo.runToEnd(task);

        assertThat(run.getError()).contains("environment 'scraper'", "declares requirements in requirements.txt",
                "may provide it");
        MissingProgram advice = advisor().advise(task.getId(), run.getError()).orElseThrow();
        assertThat(advice.listed()).isFalse();
        assertThat(advice.installable()).isTrue();
    }

    @Test
    void aProjectWithoutRequirementsHasNothingToInstall() {
        Task task = taskInProject(PROGRAM);

        Run run = kumo.runToEnd(task);

        assertThat(run.getError()).contains("environment 'scraper'", "does not have it").doesNotContain("requirements");
        assertThat(advisor().advise(task.getId(), run.getError()).orElseThrow().installable()).isFalse();
    }

    @Test
    void aTaskWithoutEnvironmentIsToldToChooseOne() throws Exception {
        Files.writeString(projectRoot.resolve("requirements.txt"), PROGRAM + "\n");
        Task task = new Task("no-env", PROGRAM);
        task.setProjectId(project().getId());
        task = kumo.core.tasks().create(task);

        Run run = kumo.runToEnd(task);

        assertThat(run.getError()).contains("uses no Python environment", "requirements.txt");
        assertThat(advisor().advise(task.getId(), run.getError()).orElseThrow().installable()).isFalse();
    }

    @Test
    void otherLaunchFailuresAreNotExplainedAsMissingPrograms() {
        Task task = taskInProject("./not-here.sh");

        Run run = kumo.runToEnd(task);

        assertThat(run.getError()).contains("no such file").doesNotContain("environment");
        assertThat(advisor().advise(task.getId(), run.getError())).isEmpty();
    }

    private Task taskInProject(String command) {
        Task task = new Task("crawl", command);
        task.setProjectId(project().getId());
        task.setEnvironmentId(venv.getId());
        return kumo.core.tasks().create(task);
    }

    private Project project() {
        return kumo.core.projects().findByName("crawler")
                .orElseGet(() -> kumo.core.projects().create(new Project("crawler", projectRoot.toString())));
    }

    private MissingProgramAdvisor advisor() {
        return new MissingProgramAdvisor(kumo.core.tasks()::findById, kumo.core.projects()::findById,
                kumo.core.environments()::findById, new ProjectDetector());
    }
}
