package io.kumo.engine;

import io.kumo.domain.PythonEnvironment;
import java.nio.file.Path;
import java.util.List;

/**
 * Why a run could not start: {@code program} was not found on the PATH of the task's {@code environment} (null: the
 * task has none). {@code requirements} is what the task's project declares to install (a requirements file, or the
 * pyproject dependencies when it has none; {@code null}: nothing), and {@code listed} whether it names the program.
 */
public record MissingProgram(String program, PythonEnvironment environment, long projectId, Path projectRoot,
                             String requirementsFile, List<String> declaredDependencies, boolean listed) {

    /** Whether the project declares anything to install into the environment. */
    public boolean hasRequirements() {
        return requirementsFile != null || !declaredDependencies.isEmpty();
    }

    /** Installing the requirements is worth offering: there is an environment to install into, and something to install. */
    public boolean installable() {
        return environment != null && hasRequirements();
    }

    /** What to install, as the user reads it: "requirements.txt" or "the pyproject.toml dependencies". */
    public String requirementsLabel() {
        return requirementsFile != null ? requirementsFile : "the pyproject.toml dependencies";
    }

    /** The failure message: what was missing, where, and what to do about it. */
    public String explain() {
        StringBuilder text = new StringBuilder("cannot start '").append(program).append("': ");
        if (environment == null) {
            text.append("not found on PATH, and the task uses no Python environment; choose the environment that has it");
            if (hasRequirements()) {
                text.append(" (the project declares its requirements in ").append(requirementsLabel()).append(')');
            }
            return text.toString();
        }
        text.append("environment '").append(environment.getName()).append("' (").append(environment.getLocation() == null
                ? environment.getInterpreterPath() : environment.getLocation()).append(") does not have it");
        if (listed) {
            text.append("; the project's ").append(requirementsLabel()).append(" lists it: install the requirements into '")
                    .append(environment.getName()).append('\'');
        } else if (hasRequirements()) {
            text.append("; the project declares requirements in ").append(requirementsLabel())
                    .append(": installing them into '").append(environment.getName()).append("' may provide it");
        } else {
            text.append(": install the package that provides it into '").append(environment.getName()).append('\'');
        }
        return text.toString();
    }
}
