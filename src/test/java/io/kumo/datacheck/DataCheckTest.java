package io.kumo.datacheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCheckTest {

    @TempDir
    Path dir;

    @Test
    void findsEachKindOfLeftoverAndCleansItOnRequest() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task gone = core.tasks().create(new Task("gone", "true"));
            Task kept = core.tasks().create(new Task("kept", "true"));
            run(core, gone);
            run(core, kept);
            core.tasks().delete(gone.getId());
            Path strayLog = Files.createDirectories(core.dataDirectory().runLogs().resolve("99")).resolve("12345.log");
            Files.writeString(strayLog, "left behind\n");
            Project vanished = core.projects().create(new Project("vanished", dir.resolve("no-such-folder").toString()));
            Path here = Files.createDirectories(dir.resolve("here"));
            core.projects().create(new Project("here", here.toString()));
            PythonEnvironment env = new PythonEnvironment("old-venv", EnvironmentKind.VENV, dir.resolve("nope/bin/python").toString(),
                    EnvironmentState.READY);
            core.environments().create(env);

            Map<Finding.Kind, List<String>> found = core.dataCheck().run().stream()
                    .collect(Collectors.toMap(Finding::kind, Finding::items));
            assertThat(found.get(Finding.Kind.RUNS_WITHOUT_TASK)).containsExactly("gone (1 runs)");
            assertThat(found.get(Finding.Kind.LOGS_WITHOUT_RUN)).containsExactly(strayLog.toString());
            assertThat(found.get(Finding.Kind.PROJECTS_WITHOUT_FOLDER)).containsExactly("vanished");
            assertThat(found.get(Finding.Kind.ENVIRONMENTS_WITHOUT_INTERPRETER)).containsExactly("old-venv");

            assertThat(core.dataCheck().clean(Finding.Kind.RUNS_WITHOUT_TASK)).isEqualTo(1);
            assertThat(core.dataCheck().clean(Finding.Kind.LOGS_WITHOUT_RUN)).isEqualTo(1);
            assertThat(core.dataCheck().clean(Finding.Kind.PROJECTS_WITHOUT_FOLDER)).isEqualTo(1);
            assertThat(core.dataCheck().clean(Finding.Kind.ENVIRONMENTS_WITHOUT_INTERPRETER)).isEqualTo(1);

            assertThat(core.dataCheck().run()).allMatch(finding -> finding.isEmpty()
                    || finding.kind() == Finding.Kind.ENVIRONMENTS_WITHOUT_INTERPRETER);
            assertThat(StoreException.unchecked(() -> core.database().runs().countOf())).isEqualTo(1);
            assertThat(core.projects().findByName(vanished.getName())).isEmpty();
            assertThat(core.projects().findByName("here")).isPresent();
            assertThat(core.environments().findByName("old-venv").orElseThrow().getState()).isEqualTo(EnvironmentState.BROKEN);
            assertThat(strayLog).doesNotExist();
        }
    }

    private static void run(KumoCore core, Task task) throws IOException {
        Run run = new Run(task, TriggerKind.MANUAL, TestCores.T0, RunStatus.SUCCESS);
        StoreException.unchecked(() -> core.database().runs().create(run));
        Path log = Files.createDirectories(core.dataDirectory().runLogs().resolve(task.getId().toString())).resolve(run.getId() + ".log");
        Files.writeString(log, "ok\n");
        run.setLogPath(log.toString());
        StoreException.unchecked(() -> core.database().runs().update(run));
    }

    /** The core under test, on H2; {@code PostgresDataCheckTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
