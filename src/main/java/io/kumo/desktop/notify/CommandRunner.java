package io.kumo.desktop.notify;

import io.kumo.common.BoundedProcess;
import java.time.Duration;
import java.util.List;

/** Runs a notification program (osascript, powershell) and says whether it succeeded; tests give a recording one. */
@FunctionalInterface
public interface CommandRunner {

    boolean run(List<String> command);

    /** Runs the program for real, killing it after the timeout. */
    static CommandRunner processes(Duration timeout) {
        return command -> BoundedProcess.succeeds(command, timeout);
    }
}
