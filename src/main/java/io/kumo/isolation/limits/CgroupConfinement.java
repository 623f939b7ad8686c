package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/** One run in its own cgroup (memory, processes, CPU) with the file rlimits on top. */
final class CgroupConfinement extends LayeredConfinement {

    private final RunCgroup cgroup;
    private final ResourceLimits limits;
    private final Path shell;
    private final String mechanism;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile OptionalLong peak = OptionalLong.empty();

    CgroupConfinement(RunConfinement inner, RunCgroup cgroup, ResourceLimits limits, Path shell, String mechanism) {
        super(inner);
        this.cgroup = cgroup;
        this.limits = limits;
        this.shell = shell;
        this.mechanism = mechanism;
    }

    @Override
    List<String> wrapOuter(List<String> innerArgv) {
        LimitScript script = new LimitScript();
        cgroup.joins().forEach(script::join);
        return script.fileLimits(limits).around(shell, innerArgv);
    }

    @Override
    String describeOuter() {
        return "limits " + limits.describe() + " through " + mechanism;
    }

    @Override
    Optional<String> ownVerdict(int exitCode, String errorSummary) {
        if (limits.memoryBytes() != null && cgroup.oomKilled(exitCode)) {
            return Optional.of(LimitVerdicts.memory(limits, ownPeak()));
        }
        if (limits.maxProcesses() != null && exitCode != 0 && cgroup.processLimitHit()) {
            return Optional.of(LimitVerdicts.processes(limits));
        }
        return LimitVerdicts.fromFileLimits(limits, exitCode, errorSummary);
    }

    @Override
    OptionalLong ownPeak() {
        if (!closed.get() && limits.memoryBytes() != null) {
            OptionalLong measured = cgroup.peakMemory();
            if (measured.isPresent()) {
                peak = measured;
            }
        }
        return peak;
    }

    @Override
    void ownStopping() {
        cgroup.terminate();
    }

    @Override
    void ownClose() {
        ownPeak();
        if (closed.compareAndSet(false, true)) {
            cgroup.killAndRemove();
        }
    }
}
