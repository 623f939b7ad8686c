package io.kumo.common;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper program whose output nobody reads, killed when it outlives its time. */
public final class BoundedProcess {

    private BoundedProcess() {
    }

    /** Whether {@code argv} ran and exited 0 within {@code timeout}; a program that cannot start is a failure too. */
    public static boolean succeeds(List<String> argv, Duration timeout) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
    }
}
