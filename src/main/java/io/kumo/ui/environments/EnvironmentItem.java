package io.kumo.ui.environments;

import io.kumo.ui.common.DisplayNames;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.PythonEnvironment;

/**
 * An environment as the pane shows it: an immutable snapshot, so the FX thread never reads an entity that a
 * background operation is changing.
 */
public record EnvironmentItem(String name, EnvironmentKind kind, EnvironmentState state, String pythonVersion,
                              String interpreterPath, String location, String baseInterpreter,
                              boolean packagesWritable, boolean busy) {

    static EnvironmentItem of(PythonEnvironment environment, boolean busy) {
        return new EnvironmentItem(environment.getName(), environment.getKind(), environment.getState(),
                environment.getPythonVersion(), environment.getInterpreterPath(), environment.getLocation(),
                environment.getBaseInterpreter(), environment.isPackagesWritable(), busy);
    }

    public boolean ready() {
        return state == EnvironmentState.READY;
    }

    /** CREATING or DELETING with no operation holding it: what a crash leaves behind. */
    public boolean stuck() {
        return (state == EnvironmentState.CREATING || state == EnvironmentState.DELETING) && !busy;
    }

    public boolean isSystem() {
        return kind == EnvironmentKind.SYSTEM;
    }

    public String kindLabel() {
        return DisplayNames.of(kind);
    }

    /** "Python 3.11.7", or "Python ?" while it is not known yet. */
    public String versionLabel() {
        return "Python " + (pythonVersion == null || pythonVersion.isBlank() ? "?" : pythonVersion);
    }
}
