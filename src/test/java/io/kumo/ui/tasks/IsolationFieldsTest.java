package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.isolation.IsolationStatus;
import io.kumo.ui.common.SameThreadBackground;
import org.junit.jupiter.api.Test;

/** The editor's limits, sandbox and conditions, with a machine that has no bubblewrap and Settings defaults given. */
class IsolationFieldsTest {

    private static final long MB = 1024L * 1024;
    private static final IsolationLookup NO_BWRAP = new IsolationLookup(
            () -> new ResourceLimits(512 * MB, 100, null, null, null),
            () -> new IsolationStatus("rlimits", "bubblewrap is not installed", null));

    private IsolationFields loaded() {
        IsolationFields fields = new IsolationFields();
        fields.load(new SameThreadBackground(), NO_BWRAP);
        return fields;
    }

    @Test
    void promptsShowTheSettingsDefaults() {
        IsolationFields fields = loaded();

        assertThat(fields.memoryDefaultProperty().get()).isEqualTo("default: 512M");
        assertThat(fields.cpuDefaultProperty().get()).isEqualTo("default: 100%");
        assertThat(fields.processesDefaultProperty().get()).isEqualTo("default: none");
    }

    @Test
    void anUnavailableSandboxIsNotedWhenChosenAndTheNoteGoesWhenNot() {
        IsolationFields fields = loaded();

        fields.sandboxProperty().set(SandboxMode.BWRAP);
        assertThat(fields.sandboxNoteProperty().get()).isEqualTo("Not available on this machine: bubblewrap is not installed");
        fields.sandboxProperty().set(SandboxMode.CONTAINER);
        assertThat(fields.sandboxNoteProperty().get()).isEmpty();
    }

    @Test
    void aStoredTaskComesBackAsTypedAndIsReadIntoTheSameValues() {
        Task task = new Task("t", "true");
        task.setLimits(new ResourceLimits(1536 * MB, 250, 64, null, 1024 * MB));
        task.setSandbox(new Sandbox(SandboxMode.CONTAINER, "python:3.12-slim", false));
        task.setConditions(new RunConditions(true, false, "example.com", 600L, true, 5400));
        IsolationFields fields = loaded();

        fields.fill(task);

        assertThat(fields.memoryProperty().get()).isEqualTo("1536M");
        assertThat(fields.cpuProperty().get()).isEqualTo("250%");
        assertThat(fields.idleProperty().get()).isEqualTo("10m");
        assertThat(fields.waitForProperty().get()).isEqualTo("1h30m");
        Task copy = new Task("u", "true");
        fields.form().applyTo(copy);
        assertThat(copy.getLimits()).isEqualTo(task.getLimits());
        assertThat(copy.getSandbox()).isEqualTo(task.getSandbox());
        assertThat(copy.getConditions()).isEqualTo(task.getConditions());
    }

    @Test
    void aBadValueNamesTheFieldAsTheEditorLabelsIt() {
        IsolationFields fields = loaded();
        fields.hostProperty().set("http://example.com");

        assertThatThrownBy(() -> fields.form().applyTo(new Task("t", "true"))).isInstanceOf(ValidationException.class)
                .hasMessage("host to reach: 'http://example.com' is not a host name; write it like example.com or example.com:443");
    }
}
