package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.service.TaskVariables.Variable;
import io.kumo.service.TaskVariables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor applies the command line's rules, field by field, and names the field it refuses. */
class TaskFormTest {

    private static TaskForm form(TriggerType type, String cron, String amount, String command, boolean shell,
                                 String timeout, int retries, List<Variable> variables) {
        return form(type, cron, amount, command, shell, timeout, retries, variables, "");
    }

    private static TaskForm form(TriggerType type, String cron, String amount, String command, boolean shell,
                                 String timeout, int retries, List<Variable> variables, String nodeLabels) {
        return new TaskForm(" report ", "", 3L, "", null, command, shell, type, cron, amount, IntervalUnit.MINUTES,
                LocalDate.of(2026, 3, 1), "06:00", LocalDate.of(2026, 12, 1), "6:30", "UTC", timeout, retries, "30s",
                RetryBackoff.EXPONENTIAL, 2, OverlapPolicy.QUEUE, MisfirePolicy.ALL, variables, "ETL, nightly etl", nodeLabels, true,
                IsolationForm.NONE);
    }

    @Test
    void fillsTheTaskLikeTheCli() {
        Task task = form(TriggerType.CRON, " */5 * * * * ", "15", "python main.py --full", false, "30m", 2,
                List.of(new Variable("MODE", "full"), new Variable("", ""))).applyTo(new Task());

        assertThat(task.getName()).isEqualTo("report");
        assertThat(task.getCronExpression()).isEqualTo("*/5 * * * *");
        assertThat(task.getTimeoutSeconds()).isEqualTo(1800);
        assertThat(task.getRetryDelaySeconds()).isEqualTo(30);
        assertThat(task.getPriority()).isEqualTo(2);
        assertThat(task.getProjectId()).isEqualTo(3L);
        assertThat(task.getTimeZone()).isEqualTo("UTC");
        assertThat(task.getEnvironmentVariables()).isEqualTo("{\"MODE\":\"full\"}");
        assertThat(task.getTags()).isEqualTo("etl,nightly");
        assertThat(task.getIntervalSeconds()).isNull();
    }

    @Test
    void intervalAndOnceReadTheirDateAndTimeInTheZone() {
        Task interval = form(TriggerType.INTERVAL, "", "90", "echo", false, "", 0, List.of()).applyTo(new Task());
        Task once = form(TriggerType.ONCE, "", "", "echo", false, "", 0, List.of()).applyTo(new Task());

        assertThat(interval.getIntervalSeconds()).isEqualTo(5400);
        assertThat(interval.getAnchorAt()).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
        assertThat(once.getRunAt()).isEqualTo(Instant.parse("2026-12-01T06:30:00Z"));
        assertThat(once.getCronExpression()).isNull();
    }

    @Test
    void nodeLabelsAreStoredSortedAndLowerCase() {
        Task task = form(TriggerType.MANUAL, "", "", "echo", false, "", 0, List.of(), " GPU, eu ,gpu").applyTo(new Task());
        Task anyNode = form(TriggerType.MANUAL, "", "", "echo", false, "", 0, List.of(), "  ").applyTo(new Task());

        assertThat(task.getNodeLabels()).isEqualTo("eu,gpu");
        assertThat(anyNode.getNodeLabels()).isNull();
    }

    @Test
    void aBadNodeLabelIsNamed() {
        assertThat(form(TriggerType.MANUAL, "", "", "echo", false, "", 0, List.of(), "gpu, -eu").problem())
                .isEqualTo("node labels: label '-eu' is not valid: 1-50 letters, digits and . _ -, starting with a letter or digit");
    }

    @Test
    void namesTheFieldItRefuses() {
        assertThat(form(TriggerType.CRON, "61 * * * *", "", "echo", false, "", 0, List.of()).problem())
                .isEqualTo("cron: minute: 61 is outside 0-59");
        assertThat(form(TriggerType.CRON, "* * * * *", "", "echo 'open", false, "", 0, List.of()).problem())
                .startsWith("command:");
        assertThat(form(TriggerType.CRON, "* * * * *", "", "echo 'open", true, "", 0, List.of()).problem()).isNull();
        assertThat(form(TriggerType.INTERVAL, "", "0", "echo", false, "", 0, List.of()).problem()).startsWith("interval:");
        assertThat(form(TriggerType.CRON, "* * * * *", "", "echo", false, "soon", 0, List.of()).problem()).startsWith("timeout:");
        assertThat(form(TriggerType.CRON, "* * * * *", "", "echo", false, "", 101, List.of()).problem()).startsWith("retries:");
        assertThat(form(TriggerType.CRON, "* * * * *", "", "echo", false, "", 0, List.of(new Variable("1X", "a"))).problem())
                .startsWith("variables:");
        assertThatThrownBy(() -> form(TriggerType.MANUAL, "", "", " ", false, "", 0, List.of()).applyTo(new Task()))
                .isInstanceOf(ValidationException.class).hasMessage("command: must not be empty");
    }

    @Test
    void variablesRoundTripThroughTheTaskJson() {
        Task task = form(TriggerType.MANUAL, "", "", "echo", false, "", 0,
                List.of(new Variable("A", "1"), new Variable("B", "x y"))).applyTo(new Task());

        assertThat(TaskVariables.decode(task.getEnvironmentVariables()))
                .containsExactly(new Variable("A", "1"), new Variable("B", "x y"));
    }
}
