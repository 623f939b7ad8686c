package io.kumo.ui.tasks;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.service.IsolationText;

/**
 * The editor's limits, sandbox and conditions as typed, read with the rules of {@code kumo task add}; an empty limit is
 * none of the task's own (the Settings default applies), an empty wait skips at once.
 */
public record IsolationForm(String memory, String cpu, String processes, String openFiles, String output,
                            SandboxMode sandbox, String image, boolean network, boolean onlyOnAc, boolean onlyOnline,
                            String host, String idle, boolean notMetered, String waitFor) {

    public static final IsolationForm NONE = new IsolationForm("", "", "", "", "", SandboxMode.NONE, "", true, false, false,
            "", "", false, "");

    /** Throws a ValidationException naming the first field it cannot read. */
    public void applyTo(Task task) {
        task.setLimits(new ResourceLimits(IsolationText.size("memory limit", memory), IsolationText.cpuPercent("CPU limit", cpu),
                IsolationText.count("process limit", processes), IsolationText.count("open files limit", openFiles),
                IsolationText.size("output limit", output)));
        task.setSandbox(new Sandbox(sandbox, IsolationText.image("container image", image), network));
        task.setConditions(new RunConditions(onlyOnAc, onlyOnline, IsolationText.host("host to reach", host),
                IsolationText.idleSeconds("idle time", idle), notMetered, IsolationText.waitSeconds("wait", waitFor)));
    }
}
