package io.kumo.desktop.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a notification program (osascript, powershell) and says whether it succeeded; tests give a recording one. */
@FunctionalInterface
public interface CommandRunner {

    boolean run(List<String> command);

    /** Runs the program for real, killing it after the timeout. */
    static CommandRunner processes(Duration timeout) {
        return command -> {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return false;
                }
                return process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
