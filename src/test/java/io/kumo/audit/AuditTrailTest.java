package io.kumo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.EnvVariable;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.settings.Settings;
import io.kumo.settings.Theme;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

    @TempDir
    Path dir;
    KumoCore core;

    @BeforeEach
    void open() {
        core = openCore(dir, TestCores.fixedClock());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void createRecordsActorTargetAndEveryFieldAsAfterValue() {
        Task task = core.tasks().create(new Task("nightly-etl", "python etl.py"));

        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo("CREATE");
        assertThat(entry.actor()).isEqualTo("tester@testhost");
        assertThat(entry.occurredAt()).isEqualTo(TestCores.T0);
        assertThat(entry.targetType()).isEqualTo("TASK");
        assertThat(entry.targetId()).isEqualTo(task.getId().toString());
        assertThat(entry.targetName()).isEqualTo("nightly-etl");
        assertThat(entry.changes()).contains(new FieldChange("command", null, "python etl.py"),
                new FieldChange("triggerType", null, "MANUAL"));
    }

    @Test
    void updateRecordsOnlyTheChangedFieldsWithBeforeAndAfter() {
        Task task = core.tasks().create(new Task("nightly-etl", "python etl.py"));
        task.setCommand("python etl.py --full");
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression("0 3 * * *");
        core.tasks().update(task);

        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.changes()).containsExactlyInAnyOrder(
                new FieldChange("command", "python etl.py", "python etl.py --full"),
                new FieldChange("triggerType", "MANUAL", "CRON"),
                new FieldChange("cronExpression", null, "0 3 * * *"));
        assertThat(entry.changesSummary()).contains("command: python etl.py → python etl.py --full");
    }

    @Test
    void deleteRecordsTheLastValuesAsBefore() {
        Project project = core.projects().create(new Project("scrapers", "/srv/scrapers"));
        core.projects().delete(project.getId());

        AuditEntry entry = latest();
        assertThat(entry.action()).isEqualTo("DELETE");
        assertThat(entry.targetName()).isEqualTo("scrapers");
        assertThat(entry.changes()).contains(new FieldChange("rootPath", "/srv/scrapers", null));
        assertThat(core.projects().findByName("scrapers")).isEmpty();
    }

    @Test
    void settingsChangeIsAuditedOnceAndAnUnchangedValueIsNot() {
        core.settings().set(Settings.THEME, Theme.DARK);
        core.settings().set(Settings.THEME, Theme.DARK);

        List<AuditEntry> entries = core.audit().latest(10);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().action()).isEqualTo("SETTINGS_CHANGE");
        assertThat(entries.getFirst().changes()).containsExactly(new FieldChange("ui.theme", null, "DARK"));
        assertThat(core.settings().get(Settings.THEME)).isEqualTo(Theme.DARK);
    }

    @Test
    void refusedChangeWritesNeitherTheEntityNorAnAuditEntry() {
        core.tasks().create(new Task("report", "python report.py"));
        assertThatThrownBy(() -> core.tasks().create(new Task("report", "python other.py")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Task name: 'report' is already used");
        assertThatThrownBy(() -> core.tasks().create(new Task(" ", "python other.py")))
                .hasMessage("Task name: must not be empty");

        assertThat(core.tasks().count()).isEqualTo(1);
        assertThat(core.audit().latest(10)).hasSize(1);
    }

    @Test
    void secretValuesNeverReachTheAuditLog() {
        core.variables().create(new EnvVariable("API_TOKEN", "s3cr3t-value", true));
        assertThat(latest().changesSummary()).doesNotContain("s3cr3t-value").contains("******");
    }

    private AuditEntry latest() {
        return core.audit().latest(1).getFirst();
    }

    /** The core under test, on H2; {@code PostgresAuditTrailTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
