package io.kumo.isolation.limits;

import io.kumo.domain.ResourceLimits;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One run under rlimits only: set in the wrapper shell, inherited by everything the run starts. */
final class RlimitConfinement extends LayeredConfinement {

    private final ResourceLimits limits;
    private final Path shell;
    private final String mechanism;
    private final long userProcesses;

    RlimitConfinement(RunConfinement inner, ResourceLimits limits, Path shell, String mechanism, long userProcesses) {
        super(inner);
        this.limits = limits;
        this.userProcesses = userProcesses;
        this.shell = shell;
        this.mechanism = mechanism;
    }

    @Override
    List<String> wrapOuter(List<String> innerArgv) {
        return new LimitScript().memoryAndProcessLimits(limits, userProcesses).fileLimits(limits).around(shell, innerArgv);
    }

    @Override
    String describeOuter() {
        return "limits " + limits.describe() + " through " + mechanism;
    }

    @Override
    Optional<String> ownVerdict(int exitCode, String errorSummary) {
        Optional<String> files = LimitVerdicts.fromFileLimits(limits, exitCode, errorSummary);
        return files.isPresent() ? files : LimitVerdicts.fromProcessRlimits(limits, exitCode, errorSummary);
    }
}
