package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A transient systemd scope for the user per run: systemd makes and removes the cgroup v2 and enforces memory, CPU and
 * tasks; the file rlimits are set in a shell inside the scope. systemd-run execs the command, so the pid stays the run's.
 */
final class SystemdScopeLimits implements LimitConfiner {

    static final String MECHANISM = "cgroup v2 through systemd user scopes (memory, CPU, processes) + rlimits (open files, output size)";

    private final Path systemdRun;
    private final Path shell;

    SystemdScopeLimits(Path systemdRun, Path shell) {
        this.systemdRun = systemdRun;
        this.shell = shell;
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        return new ScopeConfinement(inner, request.limits(), RunCgroupNames.of(request));
    }

    @Override
    public String mechanism() {
        return MECHANISM;
    }

    private final class ScopeConfinement extends LayeredConfinement {

        private static final int EXIT_KILLED = 128 + 9;

        private final ResourceLimits limits;
        private final String unit;
        private volatile boolean stopping;

        ScopeConfinement(RunConfinement inner, ResourceLimits limits, String unit) {
            super(inner);
            this.limits = limits;
            this.unit = unit;
        }

        @Override
        List<String> wrapOuter(List<String> innerArgv) {
            List<String> argv = new ArrayList<>(List.of(systemdRun.toString(), "--user", "--scope", "--quiet", "--collect",
                    "--unit=" + unit));
            if (limits.memoryBytes() != null) {
                argv.addAll(List.of("-p", "MemoryMax=" + limits.memoryBytes(), "-p", "MemorySwapMax=0"));
            }
            if (limits.cpuPercent() != null) {
                argv.addAll(List.of("-p", "CPUQuota=" + limits.cpuPercent() + "%"));
            }
            if (limits.maxProcesses() != null) {
                argv.addAll(List.of("-p", "TasksMax=" + limits.maxProcesses()));
            }
            argv.add("--");
            argv.addAll(new LimitScript().fileLimits(limits).around(shell, innerArgv));
            return argv;
        }

        @Override
        String describeOuter() {
            return "limits " + limits.describe() + " through " + MECHANISM + ", scope " + unit;
        }

        /** The scope is gone with its last process, and its memory.events with it: a SIGKILL nobody asked for says OOM. */
        @Override
        Optional<String> ownVerdict(int exitCode, String errorSummary) {
            if (limits.memoryBytes() != null && exitCode == EXIT_KILLED && !stopping) {
                return Optional.of(LimitVerdicts.memory(limits, java.util.OptionalLong.empty()));
            }
            return LimitVerdicts.fromFileLimits(limits, exitCode, errorSummary);
        }

        @Override
        void ownStopping() {
            stopping = true;
        }
    }
}
