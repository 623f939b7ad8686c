package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskDraftsTest {

    @TempDir
    Path dir;
    KumoCore core;
    TaskDrafts drafts;

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        drafts = new TaskDrafts(core.taskService(), core.projects(), core.environments(), core.clock());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aNewTaskTakesTheGivenFieldsAndTheDefaultsOfTheOthers() {
        Task task = drafts.create(new TaskDraft().name("t").command("true").every("10m").timeout("30m").overlap("QUEUE"));

        assertThat(task.getTriggerType()).isEqualTo(TriggerType.INTERVAL);
        assertThat(task.getIntervalSeconds()).isEqualTo(600);
        assertThat(task.getAnchorAt()).isEqualTo(TestCores.T0);
        assertThat(task.getTimeoutSeconds()).isEqualTo(1800);
        assertThat(task.getOverlapPolicy()).isEqualTo(OverlapPolicy.QUEUE);
        assertThat(task.getRetries()).isZero();
        assertThat(task.getPriority()).isEqualTo(1);
        assertThat(task.isEnabled()).isTrue();
    }

    @Test
    void aNewTaskNeedsExactlyOneSchedule() {
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true")))
                .isInstanceOf(ValidationException.class).hasMessage("schedule: give exactly one of cron, every or at");
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true").cron("* * * * *").at("2030-01-01T00:00Z")))
                .hasMessage("schedule: give exactly one of cron, every or at (not cron and at)");
    }

    @Test
    void aLocalAtIsReadInTheTasksZone() {
        Task task = drafts.create(new TaskDraft().name("t").command("true").zone("Europe/Berlin").at("2030-01-01T06:00"));

        assertThat(task.getRunAt()).isEqualTo(Instant.parse("2030-01-01T05:00:00Z"));
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("u").command("true").at("soon")))
                .hasMessage("at: 'soon' is not a date-time such as 2026-12-01T06:00:00Z or 2026-12-01T06:00");
    }

    @Test
    void choicesAndNamesAreRefusedWithTheCliMessages() {
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true").every("1m").misfire("later")))
                .hasMessage("misfire: 'later' is not one of skip, once, all");
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true").every("1m").project("nope")))
                .hasMessage("project: no project named 'nope'");
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true").every("1m").env("nope")))
                .hasMessage("env: no environment named 'nope'");
    }

    @Test
    void anUpdateChangesOnlyTheGivenFieldsAndEmptyClears() {
        Project project = core.projects().create(new Project("proj", dir.resolve("proj").toString()));
        Task task = drafts.create(new TaskDraft().name("t").command("true").cron("0 6 * * *").retries(4).project("proj").timeout("1h"));

        Task changed = drafts.update(task.getId(), new TaskDraft().at("2030-01-01T00:00:00Z").clear("project").clear("timeout"));

        assertThat(changed.getTriggerType()).isEqualTo(TriggerType.ONCE);
        assertThat(changed.getCronExpression()).isNull();
        assertThat(changed.getRunAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(changed.getProjectId()).isNull();
        assertThat(changed.getTimeoutSeconds()).isNull();
        assertThat(changed.getRetries()).isEqualTo(4);
        assertThat(changed.getCommand()).isEqualTo("true");
        assertThat(project.getId()).isNotNull();
    }

    @Test
    void anEmptyZoneIsRefusedAsOnTheCommandLineWhileClearingItIsNot() {
        assertThatThrownBy(() -> drafts.create(new TaskDraft().name("t").command("true").every("1m").zone("")))
                .hasMessage("zone: must not be empty; leave it out for the system time zone");
        Task task = drafts.create(new TaskDraft().name("t").command("true").every("1m").zone("UTC"));

        assertThat(drafts.update(task.getId(), new TaskDraft().clear("zone")).getTimeZone()).isNull();
    }

    @Test
    void anUpdateTakesAtMostOneSchedule() {
        Task task = drafts.create(new TaskDraft().name("t").command("true").every("1m"));

        assertThatThrownBy(() -> drafts.update(task.getId(), new TaskDraft().every("2m").cron("* * * * *")))
                .hasMessage("schedule: give at most one of cron, every or at (not cron and every)");
    }
}
