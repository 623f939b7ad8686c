package io.kumo.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.GitPull;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs of a Git project's task (real python3 through the engine) record their commit; BEFORE_RUN pulls first. */
class GitRunTest {

    @TempDir
    Path dir;

    private KumoCore core;
    private Engine engine;
    private Upstream upstream;

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir.resolve("data"));
        engine = core.startEngine(new OsProcessLauncher(), System.getenv());
        upstream = Upstream.create(dir);
    }

    @AfterEach
    void close() {
        upstream.close();
        core.close();
    }

    @Test
    void aRunRecordsTheCommitItRanOn() throws Exception {
        Project project = core.gitProjects().clone(new CloneRequest(upstream.url(), "demo", null));
        String commit = core.gitProjects().commit(project).orElseThrow();
        upstream.commit("app.py", "print('hello from v2')\n", "v2"); // not pulled: MANUAL

        Run run = runOnce(project);

        assertThat(run.getGitCommit()).isEqualTo(commit);
        assertThat(engine.runs().find(run.getId()).orElseThrow().getGitCommit()).isEqualTo(commit);
        assertThat(Files.readString(Path.of(run.getLogPath()))).contains("hello from v1").contains("commit " + commit.substring(0, 7));
    }

    @Test
    void beforeRunPullsFirstAndTheRunRunsTheNewCommit() throws Exception {
        Project project = core.gitProjects().clone(new CloneRequest(upstream.url(), "demo", null, GitPull.BEFORE_RUN, null));
        String incoming = upstream.commit("app.py", "print('hello from v2')\n", "v2");

        Run run = runOnce(project);

        assertThat(run.getGitCommit()).isEqualTo(incoming);
        assertThat(Files.readString(Path.of(run.getLogPath()))).contains("hello from v2").contains("pulled, now on commit");
    }

    @Test
    void aRefusedPullBeforeARunDoesNotStopItAndItsLogSaysWhy() throws Exception {
        Project project = core.gitProjects().clone(new CloneRequest(upstream.url(), "demo", null, GitPull.BEFORE_RUN, null));
        String commit = core.gitProjects().commit(project).orElseThrow();
        Files.writeString(Path.of(project.getRootPath()).resolve("app.py"), "print('local edit')\n");
        upstream.commit("app.py", "print('hello from v2')\n", "v2");

        Run run = runOnce(project);

        assertThat(run.getStatus()).isEqualTo(io.kumo.domain.RunStatus.SUCCESS);
        assertThat(run.getGitCommit()).isEqualTo(commit);
        String log = Files.readString(Path.of(run.getLogPath()));
        assertThat(log).contains("local edit").contains("pull refused").contains("app.py").contains("running on commit");
    }

    private Run runOnce(Project project) {
        Task task = new Task("app", "python3 app.py");
        task.setProjectId(project.getId());
        task = core.tasks().create(task);
        engine.runNow(task);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Run> ended = engine.runs().latest(task.getId(), null, 10).stream()
                    .filter(run -> run.getStatus().isTerminal()).findFirst();
            if (ended.isPresent()) {
                return ended.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the run of " + task.getName() + " did not end");
    }
}
