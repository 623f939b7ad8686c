package io.kumo.service;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;

/**
 * A draft's limits, sandbox and conditions applied to a task: each field given replaces the task's, the others stay.
 * Messages name the field as the command line does (max-memory, only-idle...; the API body says max_memory).
 */
final class DraftIsolation {

    private DraftIsolation() {
    }

    static void apply(TaskDraft draft, Task task) {
        ResourceLimits limits = task.getLimits();
        task.setLimits(new ResourceLimits(
                draft.maxMemory() == null ? limits.memoryBytes() : IsolationText.size("max-memory", draft.maxMemory()),
                draft.maxCpu() == null ? limits.cpuPercent() : IsolationText.cpuPercent("max-cpu", draft.maxCpu()),
                draft.maxProcesses() == null ? limits.maxProcesses() : IsolationText.count("max-processes", draft.maxProcesses()),
                draft.maxOpenFiles() == null ? limits.maxOpenFiles() : IsolationText.count("max-open-files", draft.maxOpenFiles()),
                draft.maxOutput() == null ? limits.maxOutputBytes() : IsolationText.size("max-output", draft.maxOutput())));
        Sandbox sandbox = task.getSandbox();
        SandboxMode mode = draft.sandbox() == null ? sandbox.mode() : IsolationText.sandbox("sandbox", draft.sandbox());
        String image = draft.sandboxImage() == null ? sandbox.image()
                : IsolationText.image("sandbox-image", draft.sandboxImage());
        boolean network = draft.sandboxNetwork() == null ? sandbox.network()
                : IsolationText.onOff("sandbox-network", draft.sandboxNetwork());
        task.setSandbox(new Sandbox(mode, image, network));
        RunConditions conditions = task.getConditions();
        task.setConditions(new RunConditions(
                draft.onlyOnAc() == null ? conditions.onlyOnAc() : draft.onlyOnAc(),
                draft.onlyOnline() == null ? conditions.onlyOnline() : draft.onlyOnline(),
                draft.onlineHost() == null ? conditions.reachableHost() : IsolationText.host("online-host", draft.onlineHost()),
                draft.onlyIdle() == null ? conditions.idleSeconds() : IsolationText.idleSeconds("only-idle", draft.onlyIdle()),
                draft.notMetered() == null ? conditions.notMetered() : draft.notMetered(),
                draft.conditionWait() == null ? conditions.waitSeconds()
                        : IsolationText.waitSeconds("condition-wait", draft.conditionWait())));
    }
}
