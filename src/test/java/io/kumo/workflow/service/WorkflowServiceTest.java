package io.kumo.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.FieldChange;
import io.kumo.common.ValidationException;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowFiles;
import io.kumo.testkit.WorkflowRunRows;
import io.kumo.workflow.WorkflowFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow changes and run requests on a real H2 file: validated first, audited, then told to the runner. */
class WorkflowServiceTest {

    /** The shared three steps with a nightly schedule. */
    static final String ETL = WorkflowFiles.ETL.replace("name: etl\n", "name: etl\nschedule: \"30 2 * * *\"\n");
    private static final Instant T = Instant.parse("2026-03-01T06:00:00Z");

    @TempDir
    Path dir;
    KumoCore core;
    WorkflowService service;
    RecordingRunner runner = new RecordingRunner();

    @BeforeEach
    void open() {
        core = openCore(dir);
        service = core.workflowService();
        service.runWith(runner);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void saveStoresTheFileAsWrittenAuditsTheCreateAndTellsTheRunner() {
        StoredWorkflow saved = service.save(ETL);

        assertThat(service.get("etl").yaml()).isEqualTo(ETL);
        assertThat(saved.definition().steps()).hasSize(3);
        assertThat(saved.enabled()).isTrue();
        AuditEntry entry = core.audit().latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("CREATE");
        assertThat(entry.targetType()).isEqualTo("WORKFLOW");
        assertThat(entry.targetName()).isEqualTo("etl");
        assertThat(runner.calls).containsExactly("changed etl");
    }

    @Test
    void saveOfAStoredNameReplacesItAndAuditsTheFileBeforeAndAfter() {
        long id = service.save(ETL).id();
        String edited = ETL.replace("echo load", "echo load --full");

        assertThat(service.replaces(edited)).isTrue();
        StoredWorkflow replaced = service.save(edited);

        assertThat(replaced.id()).isEqualTo(id);
        assertThat(service.list()).hasSize(1);
        assertThat(service.get("etl").yaml()).isEqualTo(edited);
        AuditEntry entry = core.audit().latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.changes()).extracting(FieldChange::field).containsExactly("definition");
        assertThat(entry.changes().getFirst().before()).isEqualTo(ETL);
        assertThat(entry.changes().getFirst().after()).isEqualTo(edited);
    }

    @Test
    void aFileWithACycleIsRefusedNamingItsStepsAndNothingIsStored() {
        String cycle = """
                name: loop
                steps:
                  - name: a
                    command: "true"
                    depends: [b]
                  - name: b
                    command: "true"
                    depends: [a]
                """;

        assertThatThrownBy(() -> service.save(cycle)).isInstanceOf(WorkflowFileException.class)
                .hasMessageContaining("a").hasMessageContaining("b");
        assertThat(service.list()).isEmpty();
        assertThat(core.audit().latest(10)).isEmpty();
        assertThat(runner.calls).isEmpty();
    }

    @Test
    void aStepRunningATaskThatDoesNotExistIsRefusedAndOneThatExistsIsStored() {
        String yaml = """
                name: nightly
                steps:
                  - name: load
                    task: loader
                """;

        assertThatThrownBy(() -> service.save(yaml)).isInstanceOf(ValidationException.class)
                .hasMessage("step load: no task named 'loader'");
        assertThat(service.find("nightly")).isEmpty();

        core.taskService().create(new Task("loader", "echo load"));
        assertThat(service.save(yaml).definition().steps().getFirst().task()).isEqualTo("loader");
    }

    @Test
    void renamingThroughThePreviousNameKeepsTheWorkflowAndRefusesATakenName() {
        long id = service.save(ETL).id();
        service.save(ETL.replace("name: etl", "name: other"));

        StoredWorkflow renamed = service.save(ETL.replace("name: etl", "name: nightly-etl"), "etl");

        assertThat(renamed.id()).isEqualTo(id);
        assertThat(service.find("etl")).isEmpty();
        assertThatThrownBy(() -> service.save(ETL.replace("name: etl", "name: other"), "nightly-etl"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'other' is already used");
        assertThatThrownBy(() -> service.save(ETL.replace("name: etl", "name: other"), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
        assertThat(service.list()).extracting(WorkflowSummary::name).containsExactly("nightly-etl", "other");
    }

    @Test
    void deleteIsAuditedUnschedulesAndKeepsItsRunsAsHistory() throws Exception {
        long id = service.save(ETL).id();
        long run = new WorkflowRunRows(core.database()).run(id, "etl", "SUCCESS", T, T.plusSeconds(3), null);

        service.delete("etl");

        assertThat(service.find("etl")).isEmpty();
        assertThat(runner.calls).endsWith("deleted " + id);
        assertThat(core.audit().latest(1).getFirst().action()).isEqualTo("DELETE");
        assertThat(service.runs("etl", 10)).extracting(WorkflowRunRecord::id).containsExactly(run);
        assertThatThrownBy(() -> service.delete("etl")).hasMessage("no workflow named 'etl'");
        assertThatThrownBy(() -> service.runs("never", 10)).hasMessage("no workflow named 'never'");
    }

    @Test
    void pauseAndResumeAreAuditedAndTellTheRunner() {
        service.save(ETL);

        assertThat(service.setEnabled("etl", false).enabled()).isFalse();
        assertThat(core.audit().latest(1).getFirst().action()).isEqualTo("PAUSE");
        service.setEnabled("etl", false); // already paused: nothing to do
        service.setEnabled("etl", true);

        assertThat(core.audit().latest(1).getFirst().action()).isEqualTo("RESUME");
        assertThat(runner.calls).containsExactly("changed etl", "changed etl paused", "changed etl");
    }

    @Test
    void listShowsScheduleInWordsStepsLastRunAndTheRunnersNextRun() throws Exception {
        long id = service.save(ETL).id();
        new WorkflowRunRows(core.database()).run(id, "etl", "FAILED", T, T.plusSeconds(3), null);
        runner.nextFire = T.plusSeconds(3600);

        WorkflowSummary summary = service.list().getFirst();

        assertThat(summary.steps()).isEqualTo(3);
        assertThat(summary.schedule()).isNotBlank().isNotEqualTo(WorkflowTriggers.MANUAL);
        assertThat(summary.lastStatus()).isEqualTo(RunStatus.FAILED);
        assertThat(summary.lastRunAt()).isEqualTo(T);
        assertThat(summary.nextRunAt()).isEqualTo(T.plusSeconds(3600));

        service.setEnabled("etl", false);
        assertThat(service.list().getFirst().nextRunAt()).isNull();
    }

    @Test
    void runRefusesAParameterTheWorkflowDoesNotDeclare() {
        service.save(ETL);

        assertThatThrownBy(() -> service.run("etl", Map.of("DAY", "1"))).isInstanceOf(ValidationException.class)
                .hasMessage("workflow etl has no parameter 'DAY' (it has none)");
        assertThat(service.run("etl", Map.of())).isEqualTo(41);
        assertThat(runner.calls).endsWith("start etl MANUAL");
        assertThatThrownBy(() -> service.run("nope", Map.of())).hasMessage("no workflow named 'nope'");
    }

    @Test
    void withoutAnEngineARunIsRefusedWithAClearMessage() {
        service.runWith(WorkflowRunner.NONE);
        service.save(ETL);

        assertThatThrownBy(() -> service.run("etl", Map.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no engine is running");
    }

    @Test
    void rerunFromFailedIsRefusedWhileTheRunGoesOnOrWhenNothingFailed() throws Exception {
        long id = service.save(ETL).id();
        WorkflowRunRows rows = new WorkflowRunRows(core.database());
        long running = rows.run(id, "etl", "RUNNING", T, null, null);
        rows.step(running, "extract", null, 0, "RUNNING", null, 7L, T, null, null);
        long succeeded = rows.run(id, "etl", "SUCCESS", T.plusSeconds(1), T.plusSeconds(2), null);
        rows.step(succeeded, "extract", null, 0, "SUCCESS", 0, 8L, T, T, null);
        long failed = rows.run(id, "etl", "FAILED", T.plusSeconds(3), T.plusSeconds(4), null);
        rows.step(failed, "extract", null, 0, "FAILED", 1, 9L, T, T, null);

        assertThatThrownBy(() -> service.rerunFromFailed(running)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("workflow run #" + running + " is still RUNNING");
        assertThatThrownBy(() -> service.rerunFromFailed(succeeded))
                .hasMessage("workflow run #" + succeeded + " had no failed step: nothing to re-run");
        assertThatThrownBy(() -> service.rerunFromFailed(9999)).hasMessage("no workflow run #9999");
        assertThat(service.rerunFromFailed(failed)).isEqualTo(42);
        assertThat(runner.calls).endsWith("rerun " + failed);
    }

    @Test
    void stopGoesToTheRunnerOnlyForARunThatGoesOn() throws Exception {
        long id = service.save(ETL).id();
        WorkflowRunRows rows = new WorkflowRunRows(core.database());
        long running = rows.run(id, "etl", "RUNNING", T, null, null);
        long ended = rows.run(id, "etl", "SUCCESS", T.plusSeconds(1), T.plusSeconds(2), null);

        assertThat(service.stop(ended)).isFalse();
        assertThat(service.stop(running)).isTrue();
        assertThat(runner.calls).endsWith("stop " + running).doesNotContain("stop " + ended);
    }

    @Test
    void aStoredFileThisKumoCannotReadIsLeftOutOfAllAndShownAsUnreadableInTheList() throws Exception {
        service.save(ETL);
        service.save(ETL.replace("name: etl", "name: other"));
        core.database().withConnection(connection -> {
            try (var update = connection.createStatement()) {
                return update.executeUpdate("UPDATE workflows SET definition = 'name: other\nsteps: 12' WHERE name = 'other'");
            }
        });

        assertThat(service.all()).extracting(StoredWorkflow::name).containsExactly("etl");
        assertThat(service.list()).extracting(WorkflowSummary::schedule).last().asString().startsWith("unreadable: ");
    }

    /** The core under test, on H2; {@code PostgresWorkflowServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
