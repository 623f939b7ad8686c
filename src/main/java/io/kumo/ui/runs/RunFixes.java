package io.kumo.ui.runs;

import io.kumo.engine.MissingProgram;
import io.kumo.engine.MissingProgramAdvisor;
import io.kumo.python.Cancellation;
import io.kumo.python.PackageService;
import io.kumo.python.ToolOutput;
import java.util.Optional;

/**
 * What the run details use to repair a run that could not start: the advice on a missing program, and the package
 * service that installs a project's requirements (the one the Install-into-environment dialog uses). {@link #NONE}
 * where nothing is wired (benchmarks, other panes' tests).
 */
public record RunFixes(MissingProgramAdvisor advisor, PackageService packages) {

    public static final RunFixes NONE = new RunFixes(null, null);

    Optional<MissingProgram> advise(long taskId, String error) {
        return advisor == null ? Optional.empty() : advisor.advise(taskId, error).filter(MissingProgram::installable);
    }

    /** Installs the project's requirements file, else its pyproject dependencies, into the environment that lacked the program. */
    void install(MissingProgram missing, ToolOutput output, Cancellation cancellation) {
        if (missing.requirementsFile() != null) {
            packages.installRequirements(missing.environment(), missing.projectRoot().resolve(missing.requirementsFile()),
                    output, cancellation);
        } else {
            packages.install(missing.environment(), missing.declaredDependencies(), output, cancellation);
        }
    }
}
